package vn.kiemchung.extraction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the parser read from one file.
 *
 * @param outcome    OK, or why there is no usable text
 * @param reason     for failures: a short English reason ("truncated PDF: unexpected end of file",
 *                   "timed out after 60 s", "decompression bomb: ratio 1:1000"), else null
 * @param mediaType  detected from the content, e.g. "application/pdf"
 * @param text       NFC text; pages separated by '\f' (form feed) when the format has pages
 * @param pages      page count, 0 when unknown
 * @param ocr        true when some of the text came from OCR
 * @param metadata   selected parser metadata (creator, producer, created...) as strings
 * @param signatures digital signatures found in a PDF (empty otherwise)
 */
public record RawText(Outcome outcome, String reason, String mediaType, String text, int pages, boolean ocr,
                      Map<String, String> metadata, List<PdfSignature> signatures) {

    public enum Outcome {
        OK,
        /** corrupt, truncated, unsupported, timed out, too large, a bomb: see reason */
        UNREADABLE,
        /** password protected */
        ENCRYPTED,
        /** read, but no usable text (a scan without OCR, or OCR gave noise) */
        NO_TEXT
    }

    /**
     * @param signerName     the certificate's common name or the signature's /Name
     * @param coversWholeFile true when the signed byte range reaches the end of the file
     */
    public record PdfSignature(String signerName, OffsetDateTime signedAt, boolean coversWholeFile) {
    }

    /** The reason given for a scan that was not read because no OCR engine could run. */
    public static final String SCAN_WITHOUT_OCR = "scanned image without text layer; OCR unavailable";

    /**
     * Whether pages or images went unread because OCR could not run here: a capability of the
     * machine, not a property of the file, so such a reading must not be kept as final.
     */
    public boolean ocrMissing() {
        return (reason != null && reason.startsWith(SCAN_WITHOUT_OCR)) || metadata.containsKey("pagesWithoutText");
    }

    public static RawText failed(Outcome outcome, String reason, String mediaType) {
        return new RawText(outcome, reason, mediaType, "", 0, false, Map.of(), List.of());
    }
}
