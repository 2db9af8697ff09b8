package vn.kiemchung.extraction.parsing;

/**
 * One file for the child to read, with the limits that apply to it.
 *
 * @param ocr true when the child may run tesseract on pages or images without text
 */
public record ParseRequest(String path, String fileName, boolean ocr, String ocrLanguage, int maxChars,
                           int maxEmbeddedDepth, int maxEmbeddedCount, int maxZipRatio) {
}
