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
final class PdfReport {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PdfReport() {
    }

    public static byte[] render(AuditReport r, ReportLanguage l) {
        return render(r, l, ReviewNotes.NONE);
    }

    /**
     * The first page is what a leader reads: province and year, the projected total (marked "ước tính"
     * when estimated) in a colour chosen by its share of the maximum, the group/pillar and main-indicator
     * subtotals, the components at zero and the points at risk, then as many fix-first findings as the page
     * holds (the rest are counted, not spilled onto a nearly empty page). With the server's review notes a
     * second page lists each component's department, review status and deadline.
     */
    public static byte[] render(AuditReport r, ReportLanguage l, ReviewNotes notes) {
        try (PDDocument doc = new PDDocument(); InputStream font = PdfReport.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Writer w = new Writer(doc, PDType0Font.load(doc, font));
            w.language = l;
            w.text(l.word("title"), 15, Color.BLACK);
            w.text(l.word("province") + ": " + r.province() + "   " + l.word("year") + ": " + r.year(), 12, Color.BLACK);
            w.text(l.word("rules") + ": " + r.rulesetVersion() + "   " + l.word("generated") + ": " + r.generatedAt(), 8, Color.GRAY);
            w.gap(8);
            w.text(l.word("projected") + ": " + l.number(r.projectedScore()) + " / " + l.number(r.maxScore())
                    + (r.scoreEstimated() ? " (" + l.word("estimated") + ")" : ""), 20, byRatio(r.projectedScore(), r.maxScore()));
            if (r.scoreEstimated()) {
                w.wrapped(l.word("estimatedTotal") + ": " + r.unverifiedComponents() + " — " + l.number(r.estimatedPoints()) + " "
                        + l.word("points") + ": " + r.indicators().stream().filter(IndicatorResult::estimated)
                        .map(IndicatorResult::code).collect(java.util.stream.Collectors.joining(", ")), 8, Color.DARK_GRAY, 0);
            }
            var s = r.summary();
            w.text(l.word("components") + ": " + s.components() + " — " + l.word("full") + " " + s.full() + ", "
                    + l.word("partial") + " " + s.partial() + ", " + l.word("zero") + " " + s.zero() + ", "
                    + l.word("ministry") + " " + s.notRequired(), 10, Color.BLACK);
            w.text("ERROR " + s.errors() + "   WARNING " + s.warnings() + "   INFO " + s.infos(), 10, new Color(0xa4001d));
            if (!r.subtotals().isEmpty()) {
                w.gap(6);
                w.text(l.word("subtotals"), 12, Color.BLACK);
                for (Subtotal t : r.subtotals()) {
                    w.bar(t.name(), t.projectedPoints(), t.maxPoints());
                }
            }
            w.gap(6);
            w.text(l.word("mains"), 12, Color.BLACK);
            for (MainIndicatorResult m : r.mainIndicators()) {
                w.bar(m.code() + ". " + m.name(), m.projectedPoints(), m.maxPoints());
            }
            w.gap(6);
            List<IndicatorResult> zero = r.indicators().stream().filter(IndicatorResult::zero).toList();
            w.text(l.text("report.zeroComponents", String.valueOf(zero.size())), 12, Color.BLACK);
            w.wrapped(zero.isEmpty() ? l.text("report.noZeroComponents")
                    : zero.stream().map(IndicatorResult::code).collect(java.util.stream.Collectors.joining(", ")), 9, Color.DARK_GRAY, 0);
            BigDecimal atRisk = r.fixFirst().stream().map(ReportFinding::pointsAtRisk).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            w.text( l.text("report.pointsAtRisk", l.number(atRisk), String.valueOf(r.fixFirst().size())), 11,
                    atRisk.signum() > 0 ? new Color(0xa4001d) : Color.BLACK);
            w.gap(6);
            w.text(l.word("fixFirst"), 12, Color.BLACK);
            int shown = 0;
            for (ReportFinding f : r.fixFirst()) {
                String head = f.indicator() + "  " + f.severity() + "  " + f.code() + "  (" + l.number(f.pointsAtRisk()) + " " + l.word("points") + ")";
                String body = l.message(f) + (l.fix(f) == null ? "" : " → " + l.fix(f));
                float height = w.height(head, 9, 0) + w.height(body, 8, 14) + (f.document() == null ? 0 : w.height(f.document(), 7, 14)) + 2;
                // what does not fit on the first page is counted below, not spilled onto a nearly empty page
                if (shown >= 15 || !w.fits(height + 12)) {
                    break;
                }
                w.text(head, 9, "ERROR".equals(f.severity()) ? new Color(0xa4001d) : new Color(0x8a5a00));
                w.wrapped(body, 8, Color.DARK_GRAY, 14);
                if (f.document() != null) {
                    w.wrapped(f.document(), 7, Color.GRAY, 14);
                }
                w.gap(2);
                shown++;
            }
            if (shown < r.fixFirst().size()) {
                w.text(l.text("report.moreFindings", String.valueOf(r.fixFirst().size() - shown)), 9, Color.DARK_GRAY);
            }
            if (notes.present()) {
                reviewPage(w, r, l, notes);
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
    }

    /** One line per component (code, points, department, review status, deadline), sized so the list fills one page. */
    private static void reviewPage(Writer w, AuditReport r, ReportLanguage l, ReviewNotes notes) throws IOException {
        w.newPage();
        w.text(l.text("report.reviewTable") + " — " + r.province() + " " + r.year(), 13, Color.BLACK);
        float[] at = {0, 34, 110, 290, 400};
        int rows = r.indicators().size() + 1;
        float line = Math.max(8f, Math.min(13f, (w.left() - 4) / rows));
        float size = Math.min(9f, line / 1.2f);
        w.row(new String[] {l.word("code"), l.word("points"), l.text("report.department"), l.text("report.review"),
                l.text("report.deadline")}, at, size, line, Color.BLACK);
        for (IndicatorResult i : r.indicators()) {
            ReviewNotes.Component c = notes.of(i.code());
            w.row(new String[] {i.code(), l.number(i.projectedPoints()) + " / " + l.number(i.maxPoints()),
                    c.department() == null ? l.text("report.noDepartment") : c.department(), l.text("status." + c.status()),
                    ReportLanguage.date(c.deadline())}, at, size, line,
                    "NEEDS_SUPPLEMENT".equals(c.status()) ? new Color(0xa4001d) : Color.DARK_GRAY);
        }
    }

    /** Green from 80 % of the maximum, amber from 50 %, red below: a low total is never drawn in green. */
    static Color byRatio(BigDecimal points, BigDecimal max) {
        double share = points == null || max == null || max.signum() == 0 ? 0 : points.doubleValue() / max.doubleValue();
        return share >= 0.8 ? new Color(0x1f6f43) : share >= 0.5 ? new Color(0x8a5a00) : new Color(0xa4001d);
    }

    /** Lays out lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        /** How numbers are written on the page. */
        ReportLanguage language = ReportLanguage.VI;
        private final PDDocument doc;
        private final PDFont font;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
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

        /** Room left on this page, in points. */
        float left() {
            return y - MARGIN;
        }

        boolean fits(float height) {
            return y - height >= MARGIN;
        }

        /** The height {@link #wrapped} would take. */
        float height(String s, float size, float indent) throws IOException {
            return wrap(printable(s), size, WIDTH - indent).size() * size * 1.3f;
        }

        /** One line of cells at the given offsets, each cut to fit before the next. */
        void row(String[] cells, float[] at, float size, float line, Color color) throws IOException {
            room(line);
            y -= line;
            for (int c = 0; c < cells.length; c++) {
                float width = (c + 1 < at.length ? at[c + 1] : WIDTH) - at[c] - 4;
                cs.beginText();
                cs.setFont(font, size);
                cs.setNonStrokingColor(color);
                cs.newLineAtOffset(MARGIN + at[c], y);
                cs.showText(fit(printable(cells[c]), size, width));
                cs.endText();
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
            room(16);
            y -= 13;
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
            cs.setNonStrokingColor(byRatio(points, max));
            cs.addRect(MARGIN + labelWidth, y - 1, (float) (barWidth * share), 9);
            cs.fill();
            cs.beginText();
            cs.setFont(font, 9);
            cs.setNonStrokingColor(Color.BLACK);
            cs.newLineAtOffset(MARGIN + labelWidth + barWidth + 8, y);
            cs.showText(language.number(points) + " / " + language.number(max));
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
