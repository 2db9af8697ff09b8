package vn.kiemchung.extraction.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;

/**
 * The copy form stamped on a certified copy: "SAO Y" (also "SAO Y BẢN CHÍNH"), "SAO LỤC",
 * "TRÍCH SAO", or a copy symbol such as "05/SY-UBND". Only capitals count: the words in lower
 * case are ordinary prose ("bản sao y").
 */
final class CopyFormExtractor {

    private static final Pattern STAMP = Pattern.compile("(?<!\\p{L})(SAO Y|SAO LỤC|TRÍCH SAO)(?!\\p{L})");
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\d])\\d{1,5}\\s?/\\s?(SY|SL|TrS)-[A-ZĐ]");

    FieldValue<String> extract(DocumentLines doc) {
        for (Line line : doc.all()) {
            if (!mayBeCopyMark(line.text())) {
                continue;
            }
            Matcher m = STAMP.matcher(line.text());
            if (m.find()) {
                return FieldValue.of(code(m.group(1)), line.page(), line.number());
            }
            Matcher s = SYMBOL.matcher(line.text());
            if (s.find()) {
                return FieldValue.of(code(s.group(1)), line.page(), line.number());
            }
        }
        return null;
    }

    /** True for a line that carries a copy stamp or a copy symbol: the start of a copy's certification. */
    static boolean isCopyMark(String line) {
        return mayBeCopyMark(line) && (STAMP.matcher(line).find() || SYMBOL.matcher(line).find());
    }

    /** Every stamp holds "SAO" and every copy symbol "SY-", "SL-" or "TrS-": lines without them need no regex. */
    static boolean mayBeCopyMark(String line) {
        for (int at = line.indexOf('S'); at >= 0 && at + 1 < line.length(); at = line.indexOf('S', at + 1)) {
            char next = line.charAt(at + 1);
            if (next == '-' && at >= 2 && line.charAt(at - 2) == 'T' && line.charAt(at - 1) == 'r') {
                return true; // TrS-
            }
            if (at + 2 < line.length()) {
                char then = line.charAt(at + 2);
                if ((next == 'A' && then == 'O') || ((next == 'Y' || next == 'L') && then == '-')) {
                    return true; // SAO, SY-, SL-
                }
            }
        }
        return false;
    }

    private static String code(String found) {
        return switch (found) {
            case "SAO Y", "SY" -> "SAO_Y";
            case "SAO LỤC", "SL" -> "SAO_LUC";
            default -> "TRICH_SAO";
        };
    }
}
