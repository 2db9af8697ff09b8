package vn.kiemchung.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/** A born-digital PDF: the Decree 30 layout drawn as real text with embedded DejaVu subsets. */
final class PdfDocumentWriter {

    byte[] write(DocumentText text, PdfInfo info) throws IOException {
        try (PDDocument document = new PDDocument()) {
            draw(document, text, info);
            return save(document);
        }
    }

    /** Lays the text out into an open document, for writers that post-process it (encryption). */
    void draw(PDDocument document, DocumentText text, PdfInfo info) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(document)) {
            new DecreeLayout(canvas).draw(text);
        }
        info.applyTo(document);
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
