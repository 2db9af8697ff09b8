package vn.kiemchung.extraction.fields;

import java.util.regex.Pattern;

/**
 * Removes what belongs to the right header column (Quốc hiệu, Tiêu ngữ, the Party motto, the
 * place and date) from a line, because PDF text often merges both columns into one line.
 */
final class RightColumn {

    private static final Pattern NATIONAL_TITLE = Pattern.compile(
            "CỘNG\\s+H(?:ÒA|OÀ|OA)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM");
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)Độc\\s+lập\\s*[-–—]?\\s*Tự\\s+do\\s*[-–—]?\\s*Hạnh\\s+phúc");
    private static final Pattern PARTY_TITLE = Pattern.compile("ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM");
    /** A place name as printed before the date: capitalised words, maybe hyphenated, maybe "TP.". */
    static final String PLACE = "(?:TP\\.\\s*)?\\p{Lu}\\p{Ll}+(?:(?:\\s+|\\s*[-–]\\s*)\\p{Lu}\\p{Ll}+){0,5}";
    /** "Bạc Liêu, ngày 15 tháng 3 năm 2023" or a bare "ngày ... tháng ... năm ..." opening the line; a date inside a sentence stays. */
    private static final Pattern PLACE_DATE = Pattern.compile("(?:" + PLACE + "\\s*,\\s*|^)[Nn]gày\\s*(?:\\d{1,2}|[.…_ ]*)"
            + "\\s*tháng\\s*(?:\\d{1,2}|[.…_ ]*)\\s*năm\\s*(?:\\d{4}|20[.…_]*|[.…_]*)");
    private static final Pattern DECORATION = Pattern.compile("[-_=*~–—.…]{2,}|^\\*$| \\*$|^\\* ");

    private RightColumn() {
    }

    /** The line without right-column text and decoration rules, stripped; may be empty. */
    static String leftPart(String line) {
        String s = NATIONAL_TITLE.matcher(line).replaceAll(" ");
        s = MOTTO.matcher(s).replaceAll(" ");
        s = PARTY_TITLE.matcher(s).replaceAll(" ");
        s = PLACE_DATE.matcher(s).replaceAll(" ");
        s = DECORATION.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** True for a line that only carries the national title, motto or a rule. */
    static boolean isDecoration(String line) {
        return leftPart(line).isEmpty();
    }
}
