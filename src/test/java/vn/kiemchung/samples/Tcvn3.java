package vn.kiemchung.samples;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The TCVN3 (TCVN 5712:1993, "ABC") 8-bit encoding that Vietnamese offices used with the
 * .VnTime fonts before Unicode: each Vietnamese letter is stored as the Latin-1 character that
 * occupies its slot, e.g. "ế" as "Õ", so "Quyết định" is stored as "QuyÕt ®Þnh".
 *
 * <p>TCVN3 has slots for lower-case letters with tone marks and for the seven plain upper-case
 * letters (Ă Â Đ Ê Ô Ơ Ư) only. Capitals with tone marks were typed as lower-case codes in the
 * upper-case font .VnTimeH, which {@link #RUNS} does for every all-capitals run.
 */
final class Tcvn3 {

    private static final Map<Character, Character> CODES = new HashMap<>();

    static {
        // each row: the Unicode letters, then the TCVN3 codes in the same order
        add("aàáảãạ", "a\u00b5\u00b8\u00b6\u00b7\u00b9");
        add("ăằắẳẵặ", "\u00a8\u00bb\u00be\u00bc\u00bd\u00c6");
        add("âầấẩẫậ", "\u00a9\u00c7\u00ca\u00c8\u00c9\u00cb");
        add("eèéẻẽẹ", "e\u00cc\u00d0\u00ce\u00cf\u00d1");
        add("êềếểễệ", "\u00aa\u00d2\u00d5\u00d3\u00d4\u00d6");
        add("iìíỉĩị", "i\u00d7\u00dd\u00d8\u00dc\u00de");
        add("oòóỏõọ", "o\u00df\u00e3\u00e1\u00e2\u00e4");
        add("ôồốổỗộ", "\u00ab\u00e5\u00e8\u00e6\u00e7\u00e9");
        add("ơờớởỡợ", "\u00ac\u00ea\u00ed\u00eb\u00ec\u00ee");
        add("uùúủũụ", "u\u00ef\u00f3\u00f1\u00f2\u00f4");
        add("ưừứửữự", "\u00ad\u00f5\u00f8\u00f6\u00f7\u00f9");
        add("yỳýỷỹỵ", "y\u00fa\u00fd\u00fb\u00fc\u00fe");
        add("đ", "\u00ae");
        add("ĂÂĐÊÔƠƯ", "\u00a1\u00a2\u00a7\u00a3\u00a4\u00a5\u00a6");
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Runs in capitals go to .VnTimeH as lower-case codes; the rest to .VnTime. */
    static final RunEncoding RUNS = text -> isCapitals(text)
            ? new RunEncoding.Run(".VnTimeH", encode(text.toLowerCase(VIETNAMESE)))
            : new RunEncoding.Run(".VnTime", encode(text));

    private Tcvn3() {
    }

    /**
     * @throws IllegalArgumentException for a letter TCVN3 cannot hold in a .VnTime run (a capital
     *                                  with a tone mark), so sample text is written to fit
     */
    static String encode(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (char c : nfc.toCharArray()) {
            Character code = CODES.get(c);
            if (code != null) {
                out.append(code.charValue());
            } else if (c < 0x80) {
                out.append(c);
            } else {
                throw new IllegalArgumentException("TCVN3 has no code for '" + c + "' in: " + text);
            }
        }
        return out.toString();
    }

    private static boolean isCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(VIETNAMESE));
    }

    private static void add(String letters, String codes) {
        for (int i = 0; i < letters.length(); i++) {
            CODES.put(letters.charAt(i), codes.charAt(i));
        }
    }
}
