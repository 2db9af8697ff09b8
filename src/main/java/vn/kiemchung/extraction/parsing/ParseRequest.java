package vn.kiemchung.extraction.parsing;

/**
 * One file for the child to read, with the limits that apply to it.
 *
 * @param ocr       true when the child may run tesseract on pages or images without text
 * @param ocrEngine {@link OcrEngine#EMBEDDED} (natives and model from the jar) or {@link OcrEngine#SYSTEM}
 *                  (the tesseract command, through Tika)
 */
public record ParseRequest(String path, String fileName, boolean ocr, String ocrLanguage, int maxChars,
                           int maxEmbeddedDepth, int maxEmbeddedCount, int maxZipRatio, OcrEngine ocrEngine) {
}
