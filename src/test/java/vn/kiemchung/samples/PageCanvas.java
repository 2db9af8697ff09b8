package vn.kiemchung.samples;

/**
 * Where {@link DecreeLayout} draws: an A4 page measured in PDF points from the top-left corner.
 * Implemented once for PDFBox (a real text layer) and once for Java2D (a picture of the page
 * for scans), so both kinds of file share one layout.
 */
interface PageCanvas {

    float PAGE_WIDTH = 595.28f;
    float PAGE_HEIGHT = 841.89f;

    enum Style { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    /** Starts the next page; the first page is started by the layout too. */
    void newPage();

    /** Draws {@code text} with its baseline at {@code baseline} points from the top. */
    void text(String text, float x, float baseline, Style style, float size);

    float width(String text, Style style, float size);

    void line(float x1, float y1, float x2, float y2);
}
