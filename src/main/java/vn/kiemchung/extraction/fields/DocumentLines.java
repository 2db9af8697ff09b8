package vn.kiemchung.extraction.fields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document cut into lines, with the header (the block above "Căn cứ", "Điều 1"...) marked,
 * because most fields must be read there and not in the citations of the body.
 */
final class DocumentLines {

    /** Beyond this many lines, page one is body even when no body opener was recognised. */
    private static final int MAX_HEADER_LINES = 40;
    /** Fewer wrapped lines than this do not show a body width; a one-paragraph notice has two. */
    private static final int MIN_WRAPPED_LINES = 2;

    private static final Pattern BODY_OPENER = Pattern.compile(
            "^(?:Căn cứ|CĂN CỨ|Điều 1\\b|ĐIỀU 1\\b|Thực hiện\\b|Theo đề nghị|Xét đề nghị|Chương I\\b|CHƯƠNG I\\b|Phần I\\b|PHẦN I\\b|I\\.\\s|I\\s*-\\s)");

    private final List<Line> lines;
    private final int headerSize;
    /** Lazily computed by {@link #wrapWidth()}; -1 until then. */
    private int wrapWidth = -1;

    DocumentLines(String normalizedText) {
        List<Line> all = new ArrayList<>();
        String[] pages = (normalizedText == null ? "" : normalizedText).split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            String[] rows = pages[p].split("\n", -1);
            for (int r = 0; r < rows.length; r++) {
                String t = rows[r].strip();
                if (!t.isEmpty()) {
                    all.add(new Line(p + 1, r + 1, t));
                }
            }
        }
        this.lines = List.copyOf(all);
        int h = 0;
        while (h < lines.size() && h < MAX_HEADER_LINES && lines.get(h).page() == 1
                && !BODY_OPENER.matcher(lines.get(h).text()).find()) {
            h++;
        }
        this.headerSize = h;
    }

    /**
     * The usual length of a body line that wraps on to the next (a line followed by one starting
     * in lower case, on the same page): the upper median, or 0 when there are too few such lines
     * to tell, as in paragraph formats (Word, HTML) with one line per paragraph.
     */
    int wrapWidth() {
        if (wrapWidth < 0) {
            List<Integer> lengths = new ArrayList<>();
            for (Line line : lines) {
                if (wrapsOn(line)) {
                    lengths.add(line.text().length());
                }
            }
            Collections.sort(lengths);
            wrapWidth = lengths.size() < MIN_WRAPPED_LINES ? 0 : lengths.get(lengths.size() / 2);
        }
        return wrapWidth;
    }

    /** True when the next line on the same page goes on in lower case. */
    boolean wrapsOn(Line line) {
        int i = indexOf(line);
        if (i < 0 || i + 1 >= lines.size() || lines.get(i + 1).page() != line.page()) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * What lines.indexOf gave, without a scan per question and without hashing every line's text: the lines are in
     * (page, number) order and no two share both, so the one place a line can be is found by bisection.
     */
    int indexOf(Line line) {
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Line at = lines.get(mid);
            int order = at.page() != line.page() ? Integer.compare(at.page(), line.page())
                    : Integer.compare(at.number(), line.number());
            if (order == 0) {
                return at.text().equals(line.text()) ? mid : -1;
            } else if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    List<Line> all() {
        return lines;
    }

    List<Line> header() {
        return lines.subList(0, headerSize);
    }

    /** The lines after the given one, in order. */
    List<Line> after(Line line) {
        int i = indexOf(line);
        return i < 0 ? List.of() : lines.subList(i + 1, lines.size());
    }

    /** The last lines of the document, where the signature block and "Nơi nhận" sit. */
    List<Line> tail(int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
