package vn.kiemchung.extraction.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document cut into lines, with the header (the block above "Căn cứ", "Điều 1"...) marked,
 * because most fields must be read there and not in the citations of the body.
 */
final class DocumentLines {

    /** Beyond this many lines, page one is body even when no body opener was recognised. */
    private static final int MAX_HEADER_LINES = 40;

    private static final Pattern BODY_OPENER = Pattern.compile(
            "^(?:Căn cứ|CĂN CỨ|Điều 1\\b|ĐIỀU 1\\b|Thực hiện\\b|Theo đề nghị|Xét đề nghị|Chương I\\b|CHƯƠNG I\\b|Phần I\\b|PHẦN I\\b|I\\.\\s|I\\s*-\\s)");

    private final List<Line> lines;
    private final int headerSize;

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

    List<Line> all() {
        return lines;
    }

    List<Line> header() {
        return lines.subList(0, headerSize);
    }

    /** The lines after the given one, in order. */
    List<Line> after(Line line) {
        int i = lines.indexOf(line);
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
