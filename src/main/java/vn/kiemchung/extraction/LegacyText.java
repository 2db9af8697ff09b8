package vn.kiemchung.extraction;

/** Interim seam to the legacy-encoding converter (TCVN3, VNI). */
final class LegacyText {
    private LegacyText() {
    }

    static String detect(String text) {
        return null;
    }

    static String toUnicode(String text, String encoding) {
        return text;
    }
}
