package vn.kiemchung.extraction;

import java.util.List;

/**
 * Everything read from one file's bytes: independent of where the file is filed, so it is cached
 * by SHA-256 and extractor version and reused for every dossier that holds the same bytes.
 *
 * @param textQuality    share of the text that looks like Vietnamese syllables (0..1); 1 for empty checks
 * @param legacyEncoding "TCVN3" or "VNI" when the text was converted from a legacy 8-bit font, else null
 * @param ocrMissing     pages or images were left unread because no OCR engine could run where this was
 *                       read: the reading is not final, and is made again where OCR runs
 */
public record ExtractedDocument(String sha256, String extractorVersion, RawText.Outcome outcome, String reason,
                                String mediaType, int pages, boolean ocr, double textQuality,
                                String legacyEncoding, boolean encrypted, List<RawText.PdfSignature> signatures,
                                DocumentFields fields, String text, boolean ocrMissing) {

    /** Whether this reading lacks what OCR would add; also true of readings cached before the flag existed. */
    public boolean readWithoutOcr() {
        return ocrMissing || (reason != null && reason.startsWith(RawText.SCAN_WITHOUT_OCR));
    }

    public boolean readable() {
        return outcome == RawText.Outcome.OK;
    }
}
