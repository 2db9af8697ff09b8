package vn.kiemchung.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text operations every module needs for Vietnamese: a canonical form for extraction, a folded
 * form for comparison, keyword tests and a cheap quality score for OCR output.
 */
public final class VietnameseText {

    // The definitions that normalize, fold and syllableQuality keep to, written as the regex
    // chains they once were: VietnameseTextReference in the tests, compared by VietnameseTextSinglePassTest.

    private static final Locale VI = Locale.forLanguageTag("vi");

    // Date pieces that PDF/HTML extraction split apart; joined so one regex can read the date.
    private static final Pattern SPLIT_DATE = Pattern.compile(
            "(?iu)\\b(ngày)[ \\n]*(\\d{1,2})[ \\n/]*(tháng)[ \\n]*(\\d{1,2})[ \\n/]*(năm)[ \\n]*(\\d{4})");
    private static final Pattern GLUED_NAM = Pattern.compile("(?iu)(tháng \\d{1,2})(năm)");

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Numbers, including "72,5%", "15/3/2023", "1a" (inserted clauses) and coordinates "10°14’30”". */
    private static final Pattern NUMBER_TOKEN = Pattern.compile("[+-]?\\d+(?:[.,:/°’'”\"-]\\d*)*[a-zđ]?%?");
    /** List markers "a)", "đ)", "(ii)": letters that are not syllables but belong to prose. */
    private static final Pattern LIST_MARKER = Pattern.compile("[(“\"]?(?:[a-zđ]|[ivx]{1,4})\\)[,.;:]?");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?=(?:.*[A-ZĐ]){2})[A-ZĐ0-9]+(?:[-/&.][A-Za-zĐđ0-9]+)*\\.?|V/v|v/v|TTr|CTr|QyĐ|TrS");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                    + "(?:ieu|yeu|oai|oay|uay|uoi|uou|uye|uya|uyu|oeo|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy])"
                    + "(?:ch|ng|nh|[cmnpt])?");
    private static final String STRIP = "\"'“”‘’«»()[]{}<>,.;:!?…-–—*•·_/";

    private VietnameseText() {
    }

    /**
     * The canonical form extraction works on: NFC, one kind of space, no invisible characters,
     * page breaks ('\f') and line breaks kept, split dates joined.
     *
     * <p>One pass over the characters does what the original chain of replacements did (line
     * ends, Ð and ð, odd spaces, invisible characters, runs of spaces, spaces around breaks: see
     * {@code VietnameseTextReference} in the tests, which this must equal); NFC runs only when
     * the text is not NFC already, and the date regexes only where "ngày" or "tháng" occurs.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = cleanSpaces(text);
        if (!isNfc(s)) {
            // NFC neither makes nor removes spaces and breaks, so the cleaning above stays valid
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        s = replaceAt(s, GLUED_NAM, "tháng");
        s = replaceAt(s, SPLIT_DATE, "ngày");
        return s.strip();
    }

    /**
     * Line ends to '\n', U+00D0 to Đ, ð beside a letter to đ, odd spaces to ' ', invisible
     * characters removed, runs of spaces to one, spaces next to '\n' or '\f' removed.
     */
    private static String cleanSpaces(String text) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        boolean pendingSpace = false;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char read = c;
            switch (c) {
                case '\r' -> {
                    c = '\n';
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                // U+00D0 (Icelandic Eth) looks like Đ and is what some fonts and OCR engines emit for it.
                case '\u00D0' -> c = 'Đ';
                case 'ð' -> {
                    // beside a letter (the regex looked one char back, one code point ahead)
                    if ((i > 0 && Character.isLetter(text.charAt(i - 1)))
                            || (i + 1 < n && Character.isLetter(Character.codePointAt(text, i + 1)))) {
                        c = 'đ';
                    }
                }
                case '\t', '\u000B', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> c = ' ';
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    continue;
                }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        c = ' ';
                    }
                }
            }
            if (c == ' ') {
                // a space after a break goes; others wait to see whether a break follows
                if (len == 0 || (out[len - 1] != '\n' && out[len - 1] != '\f')) {
                    pendingSpace = true;
                }
            } else {
                if (pendingSpace && c != '\n' && c != '\f') {
                    out[len++] = ' ';
                }
                pendingSpace = false;
                out[len++] = c;
            }
            changed |= c != read;
        }
        if (pendingSpace) {
            out[len++] = ' ';
        }
        return changed || len != n ? new String(out, 0, len) : text;
    }

    /**
     * {@code pattern.matcher(s).replaceAll("$1 $2 ...")} (its groups joined by single spaces) for
     * a pattern whose every match starts with {@code word} in any case: the regex is tried only
     * where the word starts, instead of at every character of a long text.
     */
    private static String replaceAt(String s, Pattern pattern, String word) {
        Matcher m = null;
        StringBuilder sb = null;
        int copied = 0;
        for (int at = indexOfIgnoreCase(s, word, 0); at >= 0; at = indexOfIgnoreCase(s, word, at + 1)) {
            if (at < copied) {
                continue; // inside the previous match: replaceAll goes on after it
            }
            if (m == null) {
                m = pattern.matcher(s).useTransparentBounds(true);
            }
            m.region(at, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16);
            }
            sb.append(s, copied, m.start());
            for (int g = 1; g <= m.groupCount(); g++) {
                if (g > 1) {
                    sb.append(' ');
                }
                sb.append(m.group(g));
            }
            copied = m.end();
        }
        if (sb == null) {
            return s;
        }
        sb.append(s, copied, s.length());
        return sb.toString();
    }

    /** Where the word starts in s from the given index, comparing lower-cased characters. */
    private static int indexOfIgnoreCase(String s, String word, int from) {
        char first = word.charAt(0);
        boolean[] startsWord = FIRST_LETTERS.computeIfAbsent(first, VietnameseText::sameLetterTable);
        int last = s.length() - word.length();
        outer:
        for (int i = from; i <= last; i++) {
            if (!startsWord[s.charAt(i)]) {
                continue;
            }
            for (int k = 1; k < word.length(); k++) {
                if (!sameLetter(s.charAt(i + k), word.charAt(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** For each first letter of a word searched for: which chars {@link #sameLetter} accepts, all 65,536 asked once. */
    private static final java.util.Map<Character, boolean[]> FIRST_LETTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean[] sameLetterTable(char lower) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = sameLetter((char) c, lower);
        }
        return table;
    }

    /** As a (?iu) regex compares a char with a lower-case letter of its pattern (or more loosely). */
    private static boolean sameLetter(char c, char lower) {
        return c == lower || Character.toLowerCase(c) == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    /**
     * Whether {@code text} is in NFC. Text in which every char is one that NFC never changes, whatever stands beside
     * it (no decomposition that NFC keeps, no mark that combines with what comes before), is NFC without asking
     * {@link Normalizer}, whose check costs more than the rest of the cleaning of a long document; others are asked.
     */
    static boolean isNfc(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!NFC_STABLE[text.charAt(i)]) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC);
            }
        }
        return true;
    }

    /**
     * The chars {@link #isNfc} takes as they are: Latin up to the spacing modifiers (below the combining marks at
     * U+0300), Latin Extended Additional (Vietnamese letters with their tone marks), general punctuation without
     * its space singletons, currency signs, box drawing and shapes (bullets), private use (glyphs some PDFs emit).
     * {@code VietnameseTextNfcTest} proves every char and pair of them is NFC.
     */
    static final char[][] NFC_STABLE_RANGES = {{0x0000, 0x02FF}, {0x1E00, 0x1EFF}, {0x2010, 0x2027}, {0x2030, 0x205E},
            {0x20A0, 0x20BF}, {0x2500, 0x25FF}, {0xE000, 0xF8FF}};
    private static final boolean[] NFC_STABLE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char[] range : NFC_STABLE_RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                NFC_STABLE[c] = true;
            }
        }
    }

    /** Lower case without diacritics, đ as d, single spaces: for comparison only, never for display. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = isNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int n = s.length();
        char[] out = new char[n];
        int len = 0;
        boolean pendingSpace = false;
        int[] block = null;
        int blockIndex = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >>> 8 != blockIndex) {
                blockIndex = c >>> 8;
                block = foldBlock(blockIndex);
            }
            int f = block[c & 0xFF];
            if (f >= 0) {
                if (pendingSpace) {
                    out[len++] = ' ';
                    pendingSpace = false;
                }
                out[len++] = (char) f;
            } else if (f == FOLD_SPACE) {
                pendingSpace = true;
            } else if (f == FOLD_ELSEWHERE) {
                return slowFold(text); // a surrogate, a final-sigma context, a fold of several chars
            }
            // FOLD_NOTHING: a mark, removed
        }
        if (pendingSpace) {
            out[len++] = ' ';
        }
        return new String(out, 0, len).strip();
    }

    private static final int FOLD_NOTHING = -1;
    private static final int FOLD_SPACE = -2;
    private static final int FOLD_ELSEWHERE = -3;
    /** Per block of 256 chars, each char's fold (a char), or one of the FOLD_ codes; filled when first met. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<int[]> FOLD_BLOCKS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

    private static int[] foldBlock(int index) {
        int[] block = FOLD_BLOCKS.get(index);
        if (block == null) {
            block = new int[256];
            for (int k = 0; k < 256; k++) {
                char c = (char) (index << 8 | k);
                block[k] = foldCode(c);
            }
            FOLD_BLOCKS.set(index, block);
        }
        return block;
    }

    /** What {@link #slowFold} makes of one char wherever it stands, when that does not depend on its neighbours. */
    private static int foldCode(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return FOLD_SPACE;
        }
        if (Character.isSurrogate(c) || c == '\u03A3') {
            return FOLD_ELSEWHERE; // pairs, and capital sigma (lower case depends on the word's end)
        }
        String f = foldChars(String.valueOf(c));
        if (f.isEmpty()) {
            return FOLD_NOTHING;
        }
        if (f.length() > 1 || WHITESPACE.matcher(f).find()) {
            return FOLD_ELSEWHERE;
        }
        return f.charAt(0);
    }

    /** The definition of {@link #fold}, char by char or for a whole text the table cannot take. */
    static String slowFold(String text) {
        return WHITESPACE.matcher(foldChars(text)).replaceAll(" ").strip();
    }

    private static String foldChars(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VI).replace('đ', 'd');
        return COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Keywords come from a few hundred rule phrases, asked of every document: fold each once. */
    private static final Map<String, String> FOLDED_KEYWORDS = new ConcurrentHashMap<>();

    private static String foldedKeyword(String keyword) {
        if (keyword == null) {
            return "";
        }
        if (FOLDED_KEYWORDS.size() > 10_000) {
            FOLDED_KEYWORDS.clear();
        }
        return FOLDED_KEYWORDS.computeIfAbsent(keyword, VietnameseText::fold);
    }

    /** True when the keyword occurs in the text as whole words, ignoring case and diacritics. */
    public static boolean mentions(String text, String keyword) {
        return text != null && mentionsFolded(fold(text), keyword);
    }

    /**
     * {@link #mentions} for a text already passed through {@link #fold}: rules ask many
     * questions of one long document, which is folded once.
     */
    public static boolean mentionsFolded(String foldedText, String keyword) {
        String k = foldedKeyword(keyword);
        if (k.isEmpty() || foldedText == null) {
            return false;
        }
        int from = 0;
        int at;
        while ((at = foldedText.indexOf(k, from)) >= 0) {
            int end = at + k.length();
            if ((at == 0 || !Character.isLetterOrDigit(foldedText.codePointBefore(at)))
                    && (end >= foldedText.length() || !Character.isLetterOrDigit(foldedText.codePointAt(end)))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /**
     * Share of word tokens that are Vietnamese syllables, numbers or usual abbreviations: OCR
     * noise and text in a legacy font score low, ordinary Vietnamese prose scores above 0.8.
     * Returns 0 for text without words.
     */
    public static double syllableQuality(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        int good = 0;
        String t = text.strip();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && isRegexSpace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isRegexSpace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                byte kind = tokenKind(t.substring(start, i));
                if (kind != TOKEN_EMPTY) {
                    words++;
                    if (kind == TOKEN_GOOD) {
                        good++;
                    }
                }
            }
        }
        return words == 0 ? 0 : (double) good / words;
    }

    /** The characters of the regex {@code \\s}: what separates tokens. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static final byte TOKEN_EMPTY = 0;
    private static final byte TOKEN_GOOD = 1;
    private static final byte TOKEN_BAD = 2;
    /**
     * Raw tokens already judged: a language has a few thousand syllables, asked again and again.
     * Bounded like the keyword folds; the answer depends on the token alone.
     */
    private static final Map<String, Byte> TOKEN_KINDS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> WORD_LIKE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> SYLLABLES = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 50_000;

    private static byte tokenKind(String raw) {
        Byte known = TOKEN_KINDS.get(raw);
        if (known != null) {
            return known;
        }
        String token = stripPunctuation(raw);
        byte kind = token.isEmpty() ? TOKEN_EMPTY
                : isWordLike(token) || LIST_MARKER.matcher(raw).matches() || isSlashJoined(token) ? TOKEN_GOOD : TOKEN_BAD;
        remember(TOKEN_KINDS, raw, kind);
        return kind;
    }

    private static <V> void remember(Map<String, V> memo, String key, V value) {
        if (memo.size() > MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, value);
    }

    /** True when the token (without surrounding punctuation) reads as a syllable, number or abbreviation. */
    static boolean isWordLike(String token) {
        Boolean known = WORD_LIKE.get(token);
        if (known != null) {
            return known;
        }
        boolean wordLike = NUMBER_TOKEN.matcher(token).matches()
                || ABBREVIATION.matcher(token).matches()
                || isSyllable(token);
        remember(WORD_LIKE, token, wordLike);
        return wordLike;
    }

    /** "xã/phường/thị trấn" style alternatives: every part a syllable. */
    private static boolean isSlashJoined(String token) {
        if (token.indexOf('/') < 0) {
            return false;
        }
        for (String part : token.split("/")) {
            if (part.isEmpty() || !isWordLike(part)) {
                return false;
            }
        }
        return true;
    }

    /** A single Vietnamese syllable: one tone mark at most, a consistent case, a valid shape. */
    public static boolean isSyllable(String token) {
        if (token.isEmpty() || token.length() > 8) {
            return false;
        }
        Boolean known = SYLLABLES.get(token);
        if (known != null) {
            return known;
        }
        boolean syllable = syllableShape(token);
        remember(SYLLABLES, token, syllable);
        return syllable;
    }

    private static boolean syllableShape(String token) {
        String lower = token.toLowerCase(VI);
        boolean allLower = lower.equals(token);
        boolean allUpper = token.toUpperCase(VI).equals(token);
        boolean capitalised = token.substring(1).equals(lower.substring(1)) && Character.isUpperCase(token.charAt(0));
        if (!allLower && !allUpper && !capitalised) {
            return false;
        }
        String nfd = Normalizer.normalize(lower.replace('đ', 'd'), Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones++;
                case '\u0302', '\u0306', '\u031B' -> { /* vowel shapes: â ă ê ô ơ ư */ }
                default -> {
                    if (c < 'a' || c > 'z') {
                        return false;
                    }
                    base.append(c);
                }
            }
        }
        return tones <= 1 && SYLLABLE.matcher(base).matches();
    }

    static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && STRIP.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && STRIP.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }
}
