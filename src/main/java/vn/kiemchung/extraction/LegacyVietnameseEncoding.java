package vn.kiemchung.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text typed with the 8-bit Vietnamese fonts of the 1990s-2000s (TCVN3/ABC ".VnTime", VNI
 * "VNI-Times") reaches us as Latin-1 look-alikes ("QuyÕt ®Þnh", "Quyeát ñònh"). This class
 * recognises such text and converts it to Unicode.
 *
 * <p>Run it on raw extracted text, before {@link VietnameseText#normalize}: TCVN3 writes "ư" as
 * U+00AD, the soft hyphen that normalisation removes.
 */
public final class LegacyVietnameseEncoding {

    public static final String TCVN3 = "TCVN3";
    public static final String VNI = "VNI";

    private static final int SAMPLE_TOKENS = 3000;

    /** One byte (read as Latin-1) → one Unicode letter. TCVN3 has no upper-case toned letters. */
    private static final Map<Character, Character> TCVN3_TABLE = tcvn3Table();
    /** One or two bytes (base letter + mark, read as Latin-1) → one Unicode letter. */
    private static final Map<String, Character> VNI_TABLE = vniTable();

    private LegacyVietnameseEncoding() {
    }

    /**
     * "TCVN3" or "VNI" when the text is clearly in that encoding: enough words that are not
     * Vietnamese as they stand become Vietnamese syllables once decoded. Unicode Vietnamese and
     * text in other languages answer empty.
     */
    public static Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int candidates = 0;
        int unicodeVietnamese = 0;
        int validBefore = 0;
        List<String> candidateTokens = new ArrayList<>();
        // a legacy font shows itself within a few pages; long documents need not be read to the end
        String t = text.strip();
        int n = t.length();
        int tokens = 0;
        int i = 0;
        while (i < n && tokens < SAMPLE_TOKENS) {
            while (i < n && VietnameseText.isRegexSpace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !VietnameseText.isRegexSpace(t.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            tokens++;
            boolean latin1 = false;
            for (int k = start; k < i; k++) {
                char c = t.charAt(k);
                if (isUnicodeVietnamese(c)) {
                    unicodeVietnamese++;
                    break;
                }
            }
            for (int k = start; k < i && !latin1; k++) {
                char c = t.charAt(k);
                latin1 = c >= '\u00A0' && c <= '\u00FF';
            }
            if (!latin1) {
                continue;
            }
            String token = t.substring(start, i);
            candidates++;
            candidateTokens.add(token);
            if (valid(token)) {
                validBefore++;
            }
        }
        // a Unicode document quoting a few odd characters is not legacy text
        if (candidates < 3 || unicodeVietnamese >= candidates) {
            return Optional.empty();
        }
        // decoding can at best make every candidate valid: without room for a clear gain, it cannot help
        if (candidates - validBefore < Math.max(3, 0.3 * candidates)) {
            return Optional.empty();
        }
        int validTcvn3 = 0;
        int validVni = 0;
        for (String token : candidateTokens) {
            if (valid(decodeTcvn3(token))) {
                validTcvn3++;
            }
            if (valid(decodeVni(token))) {
                validVni++;
            }
        }
        String best = validTcvn3 >= validVni ? TCVN3 : VNI;
        int validAfter = Math.max(validTcvn3, validVni);
        boolean mostlyVietnameseAfter = validAfter >= 0.7 * candidates;
        boolean clearGain = validAfter - validBefore >= Math.max(3, 0.3 * candidates);
        return mostlyVietnameseAfter && clearGain ? Optional.of(best) : Optional.empty();
    }

    /** Converts text in the named encoding ("TCVN3" or "VNI") to NFC Unicode; other names return the text. */
    public static String toUnicode(String text, String encoding) {
        if (text == null) {
            return null;
        }
        String out;
        if (TCVN3.equalsIgnoreCase(encoding)) {
            out = decodeTcvn3(text);
        } else if (VNI.equalsIgnoreCase(encoding)) {
            out = decodeVni(text);
        } else {
            return text;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The decoding tables, for tests that encode Unicode back. */
    static Map<String, Character> table(String encoding) {
        if (VNI.equals(encoding)) {
            return Map.copyOf(VNI_TABLE);
        }
        Map<String, Character> m = new HashMap<>();
        TCVN3_TABLE.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    private static boolean valid(String token) {
        String word = VietnameseText.stripPunctuation(token);
        return !word.isEmpty() && VietnameseText.isWordLike(word);
    }

    private static boolean isUnicodeVietnamese(char c) {
        return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
                || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ' || (c >= '\u1EA0' && c <= '\u1EF9');
    }

    private static String decodeTcvn3(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char d = c < 256 ? TCVN3_CHARS[c] : 0;
            out[i] = d != 0 ? d : c;
        }
        return new String(out);
    }

    private static String decodeVni(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (i + 1 < n) {
                char next = text.charAt(i + 1);
                char pair = c < 256 && next < 256 ? VNI_PAIRS[c << 8 | next] : 0;
                if (pair != 0) {
                    sb.append(pair);
                    i += 2;
                    continue;
                }
            }
            char single = c < 256 ? VNI_SINGLES[c] : 0;
            sb.append(single != 0 ? single : c);
            i++;
        }
        return sb.toString();
    }

    /** The tables as arrays indexed by the Latin-1 code (0 where there is no entry): no boxing, no substrings. */
    private static final char[] TCVN3_CHARS = new char[256];
    private static final char[] VNI_SINGLES = new char[256];
    private static final char[] VNI_PAIRS = new char[1 << 16];

    static {
        TCVN3_TABLE.forEach((code, letter) -> TCVN3_CHARS[code] = letter);
        VNI_TABLE.forEach((code, letter) -> {
            if (code.length() == 1) {
                VNI_SINGLES[code.charAt(0)] = letter;
            } else {
                VNI_PAIRS[code.charAt(0) << 8 | code.charAt(1)] = letter;
            }
        });
    }

    private static Map<Character, Character> tcvn3Table() {
        // byte values in the order of the Unicode letters on the right
        int[] codes = {
                0xB5, 0xB6, 0xB7, 0xB8, 0xB9, // à ả ã á ạ
                0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, // ă ằ ẳ ẵ ắ ặ
                0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, // â ầ ẩ ẫ ấ ậ
                0xAE, // đ
                0xCC, 0xCE, 0xCF, 0xD0, 0xD1, // è ẻ ẽ é ẹ
                0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, // ê ề ể ễ ế ệ
                0xD7, 0xD8, 0xDC, 0xDD, 0xDE, // ì ỉ ĩ í ị
                0xDF, 0xE1, 0xE2, 0xE3, 0xE4, // ò ỏ õ ó ọ
                0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, // ô ồ ổ ỗ ố ộ
                0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, // ơ ờ ở ỡ ớ ợ
                0xEF, 0xF1, 0xF2, 0xF3, 0xF4, // ù ủ ũ ú ụ
                0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, // ư ừ ử ữ ứ ự
                0xFA, 0xFB, 0xFC, 0xFD, 0xFE, // ỳ ỷ ỹ ý ỵ
                0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, // Ă Â Ê Ô Ơ Ư Đ
        };
        String letters = "àảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "đ" + "èẻẽéẹ" + "êềểễếệ" + "ìỉĩíị" + "òỏõóọ"
                + "ôồổỗốộ" + "ơờởỡớợ" + "ùủũúụ" + "ưừửữứự" + "ỳỷỹýỵ" + "ĂÂÊÔƠƯĐ";
        if (letters.length() != codes.length) {
            throw new IllegalStateException("TCVN3 table out of step");
        }
        Map<Character, Character> m = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put((char) codes[i], letters.charAt(i));
        }
        return Map.copyOf(m);
    }

    private static Map<String, Character> vniTable() {
        // tones in the order grave, acute, hook, tilde, dot below
        String[] combining = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        String toneLower = "øùûõï";
        String toneUpper = "ØÙÛÕÏ";
        String circumflexToneLower = "àáåãä"; // after a, e, o: â ê ô with a tone
        String circumflexToneUpper = "ÀÁÅÃÄ";
        String breveToneLower = "èéúüë"; // after a: ă with a tone
        String breveToneUpper = "ÈÉÚÜË";
        Map<String, Character> m = new HashMap<>();
        for (char base : "aeouyAEOUY".toCharArray()) {
            for (int t = 0; t < 5; t++) {
                char letter = compose(base + combining[t]);
                m.put("" + base + toneLower.charAt(t), letter);
                m.put("" + base + toneUpper.charAt(t), letter);
            }
        }
        for (char base : "aeoAEO".toCharArray()) {
            m.put(base + "â", compose(base + "\u0302"));
            m.put(base + "Â", compose(base + "\u0302"));
            for (int t = 0; t < 5; t++) {
                char letter = compose(base + "\u0302" + combining[t]);
                m.put("" + base + circumflexToneLower.charAt(t), letter);
                m.put("" + base + circumflexToneUpper.charAt(t), letter);
            }
        }
        for (char base : "aA".toCharArray()) {
            m.put(base + "ê", compose(base + "\u0306"));
            m.put(base + "Ê", compose(base + "\u0306"));
            for (int t = 0; t < 5; t++) {
                char letter = compose(base + "\u0306" + combining[t]);
                m.put("" + base + breveToneLower.charAt(t), letter);
                m.put("" + base + breveToneUpper.charAt(t), letter);
            }
        }
        // ơ and ư are single bytes that may carry a tone byte after them
        String[][] horned = {{"ô", "o"}, {"Ô", "O"}, {"ö", "u"}, {"Ö", "U"}};
        for (String[] h : horned) {
            m.put(h[0], compose(h[1] + "\u031B"));
            for (int t = 0; t < 5; t++) {
                char letter = compose(h[1] + "\u031B" + combining[t]);
                m.put(h[0] + toneLower.charAt(t), letter);
                m.put(h[0] + toneUpper.charAt(t), letter);
            }
        }
        // i with a tone and ỵ are single bytes
        String iLower = "ìíæóò";
        String iUpper = "ÌÍÆÓÒ";
        for (int t = 0; t < 5; t++) {
            m.put(String.valueOf(iLower.charAt(t)), compose("i" + combining[t]));
            m.put(String.valueOf(iUpper.charAt(t)), compose("I" + combining[t]));
        }
        m.put("î", 'ỵ');
        m.put("Î", 'Ỵ');
        m.put("ñ", 'đ');
        m.put("Ñ", 'Đ');
        return Map.copyOf(m);
    }

    private static char compose(String decomposed) {
        String s = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        if (s.length() != 1) {
            throw new IllegalStateException("no precomposed letter for " + decomposed);
        }
        return s.charAt(0);
    }
}
