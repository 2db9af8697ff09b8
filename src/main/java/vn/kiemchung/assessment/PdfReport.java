package vn.kiemchung.assessment;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A short PDF for leaders: the projected score, the main indicators with a bar each, and what to
 * fix first. Uses the Liberation Sans font that PDFBox carries, which covers Vietnamese, so no
 * system font is needed.
 */
public final class PdfReport {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PdfReport() {
    }

    public static byte[] render(AuditReport r, ReportLanguage l) {
        try (PDDocument doc = new PDDocument(); InputStream font = PdfReport.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Writer w = new Writer(doc, PDType0Font.load(doc, font));
            w.text(l.word("title"), 16, Color.BLACK);
            w.text(l.word("province") + ": " + r.province() + "   " + l.word("year") + ": " + r.year(), 11, Color.DARK_GRAY);
            w.text(l.word("rules") + ": " + r.rulesetVersion() + "   " + l.word("generated") + ": " + r.generatedAt(), 9, Color.GRAY);
            w.gap(10);
            w.text(l.word("projected") + ": " + r.projectedScore() + " / " + r.maxScore()
                    + (r.scoreEstimated() ? " (" + l.word("estimated") + ")" : ""), 22, new Color(0x1f6f43));
            if (r.scoreEstimated()) {
                w.wrapped(l.word("estimatedTotal") + ": " + r.unverifiedComponents() + " — " + r.estimatedPoints() + " "
                        + l.word("points") + ": " + r.indicators().stream().filter(IndicatorResult::estimated)
                        .map(IndicatorResult::code).collect(java.util.stream.Collectors.joining(", ")), 9, Color.DARK_GRAY, 0);
            }
            var s = r.summary();
            w.text(l.word("components") + ": " + s.components() + " — " + l.word("full") + " " + s.full() + ", "
                    + l.word("partial") + " " + s.partial() + ", " + l.word("zero") + " " + s.zero() + ", "
                    + l.word("ministry") + " " + s.notRequired(), 11, Color.BLACK);
            w.text("ERROR " + s.errors() + "   WARNING " + s.warnings() + "   INFO " + s.infos(), 11, new Color(0xa4001d));
            w.gap(12);
            w.text(l.word("mains"), 14, Color.BLACK);
            for (MainIndicatorResult m : r.mainIndicators()) {
                w.bar(m.code() + ". " + m.name(), m.projectedPoints(), m.maxPoints());
            }
            w.gap(12);
            w.text(l.word("fixFirst"), 14, Color.BLACK);
            int n = 0;
            for (ReportFinding f : r.fixFirst()) {
                if (++n > 15) {
                    break;
                }
                w.text(f.indicator() + "  " + f.severity() + "  " + f.code() + "  (" + f.pointsAtRisk() + " " + l.word("points") + ")",
                        10, "ERROR".equals(f.severity()) ? new Color(0xa4001d) : new Color(0x8a5a00));
                w.wrapped(l.message(f) + (l.fix(f) == null ? "" : " → " + l.fix(f)), 9, Color.DARK_GRAY, 14);
                if (f.document() != null) {
                    w.wrapped(f.document(), 8, Color.GRAY, 14);
                }
                w.gap(3);
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
    }

    /** Lays out lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDFont font;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void text(String s, float size, Color color) throws IOException {
            wrapped(s, size, color, 0);
        }

        void wrapped(String s, float size, Color color, float indent) throws IOException {
            for (String line : wrap(printable(s), size, WIDTH - indent)) {
                room(size * 1.4f);
                y -= size * 1.3f;
                cs.beginText();
                cs.setFont(font, size);
                cs.setNonStrokingColor(color);
                cs.newLineAtOffset(MARGIN + indent, y);
                cs.showText(line);
                cs.endText();
            }
        }

        void bar(String label, BigDecimal points, BigDecimal max) throws IOException {
            room(18);
            y -= 15;
            float labelWidth = 250;
            String shown = fit(printable(label), 9, labelWidth - 6);
            cs.beginText();
            cs.setFont(font, 9);
            cs.setNonStrokingColor(Color.BLACK);
            cs.newLineAtOffset(MARGIN, y);
            cs.showText(shown);
            cs.endText();
            float barWidth = 170;
            double share = max == null || max.signum() == 0 ? 0 : Math.min(1, points.doubleValue() / max.doubleValue());
            cs.setNonStrokingColor(new Color(0xeeeeee));
            cs.addRect(MARGIN + labelWidth, y - 1, barWidth, 9);
            cs.fill();
            cs.setNonStrokingColor(new Color(0x1f6f43));
            cs.addRect(MARGIN + labelWidth, y - 1, (float) (barWidth * share), 9);
            cs.fill();
            cs.beginText();
            cs.setFont(font, 9);
            cs.setNonStrokingColor(Color.BLACK);
            cs.newLineAtOffset(MARGIN + labelWidth + barWidth + 8, y);
            cs.showText(points + " / " + (max == null ? "?" : max));
            cs.endText();
        }

        private List<String> wrap(String s, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private String fit(String s, float size, float width) throws IOException {
            String t = s;
            while (t.length() > 3 && font.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 2);
            }
            return t.equals(s) ? s : t + "…";
        }

        /** Drops characters the font cannot draw, rather than failing the whole report. */
        private String printable(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> {
                try {
                    if (cp == '\n' || cp == '\t') {
                        b.append(' ');
                    } else {
                        String ch = new String(Character.toChars(cp));
                        font.encode(ch);
                        b.append(ch);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
