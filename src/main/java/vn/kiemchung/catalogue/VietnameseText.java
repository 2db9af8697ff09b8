package vn.kiemchung.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/** Comparing Vietnamese as people type it: with or without diacritics, in any case. */
final class VietnameseText {

    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9]+");

    private VietnameseText() {
    }

    /** "Điểm Tối Đa" → "diem toi da": lower case, no marks, đ → d, single spaces. */
    static String fold(String text) {
        return vn.kiemchung.extraction.VietnameseText.fold(text);
    }

    /** "Quyết định" → "QUYET_DINH", the contract's vocabulary for document types and enums. */
    static String vocabulary(String text) {
        String upper = fold(text).toUpperCase(Locale.ROOT);
        String joined = NOT_WORD.matcher(upper).replaceAll("_");
        return joined.replaceAll("^_+|_+$", "");
    }
}
