package vn.kiemchung.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Draws into a PDFBox document with embedded DejaVu subsets, so the text layer is real Unicode. */
final class PdfCanvas implements PageCanvas, AutoCloseable {

    private final PDDocument document;
    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
    private PDPageContentStream stream;

    PdfCanvas(PDDocument document) {
        this.document = document;
        try {
            for (Style style : Style.values()) {
                // load(doc, File) embeds a subset: only the glyphs used end up in the file
                fonts.put(style, PDType0Font.load(document, Fonts.file(style).toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void newPage() {
        try {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, float x, float baseline, Style style, float size) {
        try {
            stream.beginText();
            stream.setFont(fonts.get(style), size);
            stream.newLineAtOffset(x, PAGE_HEIGHT - baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float width(String text, Style style, float size) {
        try {
            return fonts.get(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(float x1, float y1, float x2, float y2) {
        try {
            stream.setLineWidth(0.6f);
            stream.moveTo(x1, PAGE_HEIGHT - y1);
            stream.lineTo(x2, PAGE_HEIGHT - y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
