package vn.kiemchung.extraction;

/** Test-only: Unicode text typed the way a legacy 8-bit font stores it, for benchmarks outside this package. */
public final class LegacyTexts {

    private LegacyTexts() {
    }

    public static String encode(String unicode, String encoding) {
        return LegacyVietnameseEncodingTest.fromUnicode(unicode, encoding);
    }
}
