package vn.kiemchung.extraction;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text normalisation and diacritics-insensitive matching (interim version). */
public final class VietnameseText {
    private VietnameseText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00D0', '\u0110');
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(normalize(text).toLowerCase(Locale.forLanguageTag("vi")), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return s.replaceAll("\\s+", " ");
    }

    public static boolean mentions(String text, String keyword) {
        return fold(text).contains(fold(keyword));
    }

    public static double syllableQuality(String text) {
        return text == null || text.isBlank() ? 0 : 1;
    }
}
