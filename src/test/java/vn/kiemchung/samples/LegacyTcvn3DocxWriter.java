package vn.kiemchung.samples;

/**
 * A DOCX typed with the old TCVN3 fonts: every run names ".VnTime" (or ".VnTimeH" for capitals)
 * and holds TCVN3 codes instead of Unicode, as files converted from pre-Unicode Word documents
 * still do in many offices (LEGACY_ENCODING). Without conversion the text reads
 * "QuyÕt ®Þnh"; converted, it is an ordinary good document.
 */
final class LegacyTcvn3DocxWriter extends DocxWriter {

    LegacyTcvn3DocxWriter() {
        super(Tcvn3.RUNS);
    }
}
