package vn.kiemchung.extraction.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.Figure;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Numbers stated in the text, written the Vietnamese way (decimal comma, thousands dot:
 * "72,5%", "1.941 hồ sơ"), with the counted noun after them and the clause around them. Numbers
 * that only locate or identify something are skipped: dates, years, document numbers, article
 * and clause numbers, list numbering, phone numbers.
 */
final class FigureExtractor {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,\\-–])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+)|\\.(\\d{1,2})(?!\\d))?(\\s?%)?"
                    + "(?![\\p{L}\\d/]|[.,:]\\d|\\s?[-–]\\s?\\d)");
    /** Words that, just before a number, make it a date piece, a reference or a phone number. */
    private static final Set<String> LOCATING_WORDS = Set.of(
            "ngay", "thang", "nam", "dieu", "khoan", "diem", "chuong", "muc", "phan", "luc", "so:", "khoa",
            "thoai", "thoai:", "dt", "dt:", "fax", "fax:", "tel", "tel:", "hotline", "quy", "phong", "lan", "thu", "tiet");
    /** Function words and verbs that follow a number without naming what it counts (compared with tones). */
    private static final Set<String> NOT_A_UNIT = Set.of(
            "và", "của", "trên", "đạt", "là", "được", "trong", "với", "so", "cho", "tại", "theo", "từ", "đến",
            "có", "các", "này", "đã", "thì", "để", "hoặc", "về", "như", "tăng", "giảm", "bằng", "còn", "chiếm", "trở");
    /** Phone numbers written in groups: "0291 3822 123", "(024) 3825.1234", "+84 24 3825 1234". */
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?:\\+84|\\(?0\\d{1,3}\\)?)(?:[\\s.]?\\d{2,4}){2,4}(?!\\d)");
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?]|\\.(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:)!?]+$");
    private static final Pattern LIST_NUMBER_AFTER = Pattern.compile("^[.)]\\s.*|^[.)]$");
    private static final int WORDS_BEFORE = 9;
    private static final int WORDS_AFTER = 3;

    List<Figure> extract(DocumentLines doc) {
        List<Figure> out = new ArrayList<>();
        for (Line line : doc.all()) {
            String text = line.text();
            if (!hasDigit(text)) {
                continue; // every number and phone number has an ASCII digit
            }
            List<int[]> phones = new ArrayList<>();
            Matcher p = PHONE.matcher(text);
            while (p.find()) {
                phones.add(new int[] {p.start(), p.end()});
            }
            int[] clauseEnds = null;
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                int at = m.start();
                if (phones.stream().anyMatch(span -> at >= span[0] && at < span[1])) {
                    continue;
                }
                boolean percent = m.group(4) != null;
                // the words next to the number decide; long legal lines make whole-line scans quadratic
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
                if (isListNumber(text, m) || isLocating(text.substring(Math.max(0, m.start() - 30), m.start()))
                        || isPhone(m.group(1)) || (!percent && isYear(m))) {
                    continue;
                }
                BigDecimal value = value(m);
                String unit = percent ? "%" : unit(after);
                if (clauseEnds == null) {
                    clauseEnds = clauseEnds(text);
                }
                out.add(new Figure(value, percent, unit, phrase(text, m.start(), m.end(), clauseEnds), line.page(), line.number()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal value(Matcher m) {
        String whole = m.group(1).replace(".", "");
        String fraction = m.group(2) != null ? m.group(2) : m.group(3);
        return new BigDecimal(fraction == null ? whole : whole + "." + fraction);
    }

    /** "1." or "2)" opening a line numbers a list item. */
    private static boolean isListNumber(String text, Matcher m) {
        return text.substring(0, m.start()).isBlank() && m.group(4) == null
                && LIST_NUMBER_AFTER.matcher(text.substring(m.end())).matches();
    }

    private static boolean isLocating(String before) {
        String[] words = VietnameseText.fold(before).split(" ");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return LOCATING_WORDS.contains(last) || last.endsWith("/");
    }

    /** Ten or more digits, or a leading zero on a long number: a phone number, not a quantity. */
    private static boolean isPhone(String digits) {
        String d = digits.replace(".", "");
        return d.length() >= 9 || (d.length() >= 6 && d.startsWith("0"));
    }

    /** A bare four-digit year (1950-2100) counts nothing even without "năm" before it. */
    private static boolean isYear(Matcher m) {
        if (m.group(2) != null || m.group(3) != null || m.group(1).contains(".")) {
            return false;
        }
        int v = Integer.parseInt(m.group(1));
        return m.group(1).length() == 4 && v >= 1950 && v <= 2100;
    }

    /** Up to two words naming what is counted: "hồ sơ", "phiên họp", "xã". */
    private static String unit(String after) {
        String[] tokens = SPACES.split(after.strip());
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            if (words.size() == 2 || token.isEmpty()) {
                break;
            }
            String bare = TRAILING_PUNCTUATION.matcher(token).replaceAll("");
            if (!VietnameseText.isSyllable(bare) || bare.equals(bare.toUpperCase(VI)) && bare.length() > 1
                    || NOT_A_UNIT.contains(bare.toLowerCase(VI))) {
                break;
            }
            words.add(bare);
            if (!bare.equals(token)) {
                break; // punctuation closes the noun phrase
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** Where the line's clauses end: start and end of each clause-ending mark, in order (found once per line). */
    private static int[] clauseEnds(String text) {
        Matcher c = CLAUSE_END.matcher(text);
        int[] spans = new int[8];
        int count = 0;
        while (c.find()) {
            if (count + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[count++] = c.start();
            spans[count++] = c.end();
        }
        return Arrays.copyOf(spans, count);
    }

    /** The clause around the number, cut to about a dozen words. */
    private static String phrase(String text, int start, int end, int[] clauseEnds) {
        int from = 0;
        int to = text.length();
        for (int k = 0; k < clauseEnds.length; k += 2) {
            if (clauseEnds[k + 1] <= start) {
                from = clauseEnds[k + 1];
            } else if (clauseEnds[k] >= end) {
                to = clauseEnds[k];
                break;
            }
        }
        String[] before = SPACES.split(text.substring(from, start).strip());
        String[] after = SPACES.split(text.substring(end, to).strip());
        String head = String.join(" ", Arrays.copyOfRange(before, Math.max(0, before.length - WORDS_BEFORE), before.length));
        String tail = String.join(" ", Arrays.copyOfRange(after, 0, Math.min(after.length, WORDS_AFTER)));
        return SPACES.matcher(head + " " + text.substring(start, end).strip() + " " + tail).replaceAll(" ").strip();
    }
}
