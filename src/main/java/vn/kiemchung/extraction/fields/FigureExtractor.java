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
            Matcher p = PHONE.matcher(text).useTransparentBounds(true);
            for (int from = 0; lookingAtNext(p, text, from, FigureExtractor::mayStartPhone); from = p.end()) {
                phones.add(new int[] {p.start(), p.end()});
            }
            int[] clauseEnds = null;
            Matcher m = NUMBER.matcher(text).useTransparentBounds(true);
            for (int from = 0; lookingAtNext(m, text, from, FigureExtractor::mayStartNumber); from = m.end()) {
                if (inside(phones, m.start())) {
                    continue;
                }
                boolean percent = m.group(4) != null;
                if (isListNumber(text, m) || isLocating(text.substring(Math.max(0, m.start() - 30), m.start()))
                        || isPhone(m.group(1)) || (!percent && isYear(m))) {
                    continue;
                }
                BigDecimal value = value(m);
                // the words next to the number decide; long legal lines make whole-line scans quadratic
                String unit = percent ? "%" : unit(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
                if (clauseEnds == null) {
                    clauseEnds = clauseEnds(text);
                }
                out.add(new Figure(value, percent, unit, phrase(text, m.start(), m.end(), clauseEnds), line.page(), line.number()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The next match at or after {@code from}, as {@link Matcher#find()} would give it, trying the
     * pattern only where a match can start instead of at every character of the line.
     */
    private static boolean lookingAtNext(Matcher m, String text, int from, StartTest mayStart) {
        for (int i = from; i < text.length(); i++) {
            if (mayStart.at(text, i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface StartTest {
        boolean at(String text, int i);
    }

    /** A number starts with an ASCII digit that has no digit before it (the pattern's look-behind). */
    private static boolean mayStartNumber(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' && (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9');
    }

    /** A phone number starts with "+84", "(0" or "0". */
    private static boolean mayStartPhone(String text, int i) {
        char c = text.charAt(i);
        return c == '0' || c == '+' || c == '(';
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

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] span : spans) {
            if (at >= span[0] && at < span[1]) {
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
        return blankBefore(text, m.start()) && m.group(4) == null
                && LIST_NUMBER_AFTER.matcher(text.substring(m.end())).matches();
    }

    /** {@code text.substring(0, end).isBlank()} without the copy (whitespace is BMP, as in {@link #stripStart}). */
    private static boolean blankBefore(String text, int end) {
        return stripStart(text, 0, end) == end;
    }

    private static boolean isLocating(String before) {
        // a fold has single spaces and no space at either end: its last word follows the last space
        String folded = VietnameseText.fold(before);
        String last = folded.substring(folded.lastIndexOf(' ') + 1);
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
        String[] tokens = splitSpaces(after.strip());
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            if (words.size() == 2 || token.isEmpty()) {
                break;
            }
            String bare = withoutTrailingPunctuation(token);
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

    /**
     * Where the line's clauses end: start and end of each clause-ending mark, in order (found
     * once per line): what the regex "[;:!?]|\\.(?=\\s|$)" found, one of ";:!?" or a full stop before a space
     * or the end ("$" also allows one final line terminator after it).
     */
    static int[] clauseEnds(String text) {
        int[] spans = new int[8];
        int count = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == ';' || c == ':' || c == '!' || c == '?'
                    || (c == '.' && (i + 1 == n || VietnameseText.isRegexSpace(text.charAt(i + 1)) || finalTerminator(text, i + 1)));
            if (end) {
                if (count + 2 > spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[count++] = i;
                spans[count++] = i + 1;
            }
        }
        return Arrays.copyOf(spans, count);
    }

    /** Whether a line terminator ends the text at i, as "$" accepts one before the end of input. */
    private static boolean finalTerminator(String text, int i) {
        int rest = text.length() - i;
        char c = text.charAt(i);
        return rest == 1 && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                || rest == 2 && c == '\r' && text.charAt(i + 1) == '\n';
    }

    /**
     * {@code String.join(" ", last k of splitSpaces(text.substring(from, to).strip()))}, without
     * splitting the whole clause: the stripped range is cut at its k-th run of spaces from the end.
     */
    static String lastWords(String text, int from, int to, int k) {
        int a = stripStart(text, from, to);
        int b = stripEnd(text, a, to);
        int i = b;
        int words = 0;
        while (i > a) {
            if (VietnameseText.isRegexSpace(text.charAt(i - 1))) {
                if (++words == k) {
                    break;
                }
                while (i > a && VietnameseText.isRegexSpace(text.charAt(i - 1))) {
                    i--;
                }
            } else {
                i--;
            }
        }
        return collapseSpaces(text.substring(i, b));
    }

    /** {@code String.join(" ", first k of splitSpaces(text.substring(from, to).strip()))}, likewise. */
    static String firstWords(String text, int from, int to, int k) {
        int a = stripStart(text, from, to);
        int b = stripEnd(text, a, to);
        int i = a;
        int words = 0;
        while (i < b) {
            if (VietnameseText.isRegexSpace(text.charAt(i))) {
                if (++words == k) {
                    break;
                }
                while (i < b && VietnameseText.isRegexSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return collapseSpaces(text.substring(a, i));
    }

    /**
     * Where {@code text.substring(from, to).strip()} starts. String.strip tests code points, but
     * every whitespace code point is a single BMP char and no surrogate is whitespace: chars do.
     */
    private static int stripStart(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int stripEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@code Pattern.compile("\\s+").split(s)}, written out: the pieces between runs of spaces, trailing empties dropped. */
    static String[] splitSpaces(String s) {
        List<String> parts = new ArrayList<>();
        int n = s.length();
        int index = 0;
        boolean matched = false;
        int i = 0;
        while (i < n) {
            if (VietnameseText.isRegexSpace(s.charAt(i))) {
                int runEnd = i + 1;
                while (runEnd < n && VietnameseText.isRegexSpace(s.charAt(runEnd))) {
                    runEnd++;
                }
                parts.add(s.substring(index, i));
                index = runEnd;
                matched = true;
                i = runEnd;
            } else {
                i++;
            }
        }
        if (!matched) {
            return new String[] {s};
        }
        parts.add(s.substring(index));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code s.replaceAll("\\s+", " ")}, written out. */
    static String collapseSpaces(String s) {
        if (singleSpaced(s)) {
            return s; // the usual case: the text was normalised already
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VietnameseText.isRegexSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** No whitespace but single ' ' between other chars, and none at the ends: nothing for {@link #collapseSpaces} to do. */
    private static boolean singleSpaced(String s) {
        boolean previousSpace = true; // a space at the start would be kept as one, not dropped: not "single spaced"
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (VietnameseText.isRegexSpace(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace || s.isEmpty();
    }

    /** {@code token.replaceAll("[,.;:)!?]+$", "")}, written out ("$" may also stand before a final line terminator). */
    static String withoutTrailingPunctuation(String token) {
        if (token.isEmpty()) {
            return token;
        }
        char last = token.charAt(token.length() - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return TRAILING_PUNCTUATION.matcher(token).replaceAll(""); // rare: keep the regex's own reading
        }
        int end = token.length();
        while (end > 0 && ",.;:)!?".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == token.length() ? token : token.substring(0, end);
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
        String head = lastWords(text, from, start, WORDS_BEFORE);
        String tail = firstWords(text, end, to, WORDS_AFTER);
        return collapseSpaces(head + " " + text.substring(start, end).strip() + " " + tail).strip();
    }
}
