package vn.kiemchung.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text operations as they were written before the single-pass rewrite (issue 17): chains of
 * regex replacements, Normalizer on every call, no memo. Kept as the definition the fast
 * {@link VietnameseText} must equal, character for character.
 */
final class VietnameseTextReference {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u000B\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern ETH_IN_WORD = Pattern.compile("ð(?=\\p{L})|(?<=\\p{L})ð");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" *([\\n\\f]) *");

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

    private VietnameseTextReference() {
    }

    /**
     * The canonical form extraction works on: NFC, one kind of space, no invisible characters,
     * page breaks ('\f') and line breaks kept, split dates joined.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        // U+00D0 (Icelandic Eth) looks like Đ and is what some fonts and OCR engines emit for it.
        s = s.replace('\u00D0', 'Đ');
        s = ETH_IN_WORD.matcher(s).replaceAll("đ");
        s = ODD_SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = SPACE_RUN.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_BREAK.matcher(s).replaceAll("$1");
        s = GLUED_NAM.matcher(s).replaceAll("$1 $2");
        s = SPLIT_DATE.matcher(s).replaceAll("$1 $2 $3 $4 $5 $6");
        return s.strip();
    }

    /** Lower case without diacritics, đ as d, single spaces: for comparison only, never for display. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VI).replace('đ', 'd');
        s = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
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
        return FOLDED_KEYWORDS.computeIfAbsent(keyword, VietnameseTextReference::fold);
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
        for (String raw : WHITESPACE.split(text.strip())) {
            String token = stripPunctuation(raw);
            if (token.isEmpty()) {
                continue;
            }
            words++;
            if (isWordLike(token) || LIST_MARKER.matcher(raw).matches() || isSlashJoined(token)) {
                good++;
            }
        }
        return words == 0 ? 0 : (double) good / words;
    }

    /** True when the token (without surrounding punctuation) reads as a syllable, number or abbreviation. */
    static boolean isWordLike(String token) {
        return NUMBER_TOKEN.matcher(token).matches()
                || ABBREVIATION.matcher(token).matches()
                || isSyllable(token);
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
