package vn.kiemchung.samples;

import java.io.IOException;
import java.util.Arrays;

/**
 * A PDF cut short, as an interrupted upload leaves it: the header and the first objects are
 * there, the page content, the cross-reference table and the trailer are not (FILE_UNREADABLE).
 */
final class TruncatedPdfWriter {

    /** Bytes kept from the complete file; small enough that no page survives. */
    static final int KEPT_BYTES = 700;

    byte[] write(DocumentText text, PdfInfo info) throws IOException {
        byte[] whole = new PdfDocumentWriter().write(text, info);
        return Arrays.copyOf(whole, Math.min(KEPT_BYTES, whole.length / 3));
    }
}
