package vn.kiemchung.extraction.fields;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;

/**
 * The "Số, ký hiệu" of the header: "412/QĐ-UBND", "21/2020/QĐ-UBND", "12/UBND-VX", and the Party
 * form "17-NQ/TU" (printed "Số 17-NQ/TU", without colon). A draft's blank "Số: /QĐ-UBND" has no number.
 */
final class DocumentNumberExtractor {

    /** Cyrillic capitals that look like Latin ones turn up in published symbols ("TT-BTС"). */
    private static final String LOOKALIKES = "АВСЕНКМОРТХ";
    private static final String LATIN_TWINS = "ABCEHKMOPTX";
    private static final String SYMBOL = "[A-ZĐ][A-Za-zĐđ0-9" + LOOKALIKES + "]*(?:\\s?-\\s?[A-ZĐ][A-Za-zĐđ0-9" + LOOKALIKES + "]*)*";
    private static final String PARTY = "\\d{1,5}\\s?-\\s?[A-Za-zĐđ]{1,5}\\s?/\\s?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*";
    private static final String ADMINISTRATIVE = "\\d{1,5}(?:\\.\\d{1,3})?\\s?(?:/\\s?\\d{4}\\s?)?/\\s?" + SYMBOL;
    /** "Số:", "Số", and the "Luật số:" / "Nghị quyết số:" forms of laws and resolutions. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])[Ss][ốỐ]\\s*:?\\s*(?<value>" + PARTY + "|" + ADMINISTRATIVE + ")(?![\\p{L}\\d/])");
    private static final Pattern BLANK = Pattern.compile("(?<![\\p{L}\\d])[Ss][ốỐ]\\s*:?\\s*[.…_\\s]*/\\s*(?:\\d{4}\\s*/\\s*)?[A-ZĐ]");

    /** The number line of the header, whether filled in or blank. */
    Optional<Line> numberLine(DocumentLines doc) {
        for (Line line : aboveTypeLine(doc)) {
            if (NUMBER.matcher(line.text()).find() || BLANK.matcher(line.text()).find()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    FieldValue<String> extract(DocumentLines doc) {
        for (Line line : aboveTypeLine(doc)) {
            if (BLANK.matcher(line.text()).find()) {
                return null;
            }
            Matcher m = NUMBER.matcher(line.text());
            if (m.find()) {
                return FieldValue.of(latin(m.group("value").replaceAll("\\s+", "")), line.page(), line.number());
            }
        }
        return null;
    }

    /**
     * The number sits above the type name; below it, "số" introduces documents cited in the
     * subject ("Sửa đổi Thông tư số 39/2016/TT-NHNN"), which are not this document's number.
     */
    private static List<Line> aboveTypeLine(DocumentLines doc) {
        List<Line> header = doc.header();
        Optional<Line> typeLine = new DocumentTypeExtractor().typeLine(doc);
        return typeLine.map(t -> header.subList(0, header.indexOf(t))).orElse(header);
    }

    private static String latin(String symbol) {
        StringBuilder sb = new StringBuilder(symbol);
        for (int i = 0; i < sb.length(); i++) {
            int k = LOOKALIKES.indexOf(sb.charAt(i));
            if (k >= 0) {
                sb.setCharAt(i, LATIN_TWINS.charAt(k));
            }
        }
        return sb.toString();
    }
}
