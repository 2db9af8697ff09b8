package vn.kiemchung.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws pages as pictures, the way a scanner sees a printed document: one RGB image per page at
 * the given resolution, with the ink colour and paper colour chosen by the caller.
 */
final class ImageCanvas implements PageCanvas {

    private final float scale;
    private final Color paper;
    private final Color ink;
    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private final List<BufferedImage> pages = new ArrayList<>();
    private Graphics2D graphics;

    ImageCanvas(int dpi, Color paper, Color ink) {
        this.scale = dpi / 72f;
        this.paper = paper;
        this.ink = ink;
        try {
            for (Style style : Style.values()) {
                fonts.put(style, Font.createFont(Font.TRUETYPE_FONT, Fonts.file(style).toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void newPage() {
        finish();
        BufferedImage page = new BufferedImage(Math.round(PAGE_WIDTH * scale), Math.round(PAGE_HEIGHT * scale),
                BufferedImage.TYPE_INT_RGB);
        graphics = page.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setColor(paper);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.scale(scale, scale);
        graphics.setColor(ink);
        pages.add(page);
    }

    @Override
    public void text(String text, float x, float baseline, Style style, float size) {
        graphics.setFont(fonts.get(style).deriveFont(size));
        graphics.drawString(text, x, baseline);
    }

    @Override
    public float width(String text, Style style, float size) {
        // measured with the same fractional metrics as drawing, so wrapping matches the PDF closely
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = probe.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float width = (float) fonts.get(style).deriveFont(size).getStringBounds(text, g.getFontRenderContext())
                .getWidth();
        g.dispose();
        return width;
    }

    @Override
    public void line(float x1, float y1, float x2, float y2) {
        graphics.setStroke(new BasicStroke(0.6f));
        graphics.draw(new Line2D.Float(x1, y1, x2, y2));
    }

    /** The pages drawn so far; drawing on them afterwards (a seal, noise) is the caller's business. */
    List<BufferedImage> pages() {
        finish();
        return pages;
    }

    float scale() {
        return scale;
    }

    private void finish() {
        if (graphics != null) {
            graphics.dispose();
            graphics = null;
        }
    }
}
