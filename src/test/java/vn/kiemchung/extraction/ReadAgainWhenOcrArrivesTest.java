package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.parsing.OcrEngine;

/**
 * A scan read on a machine without OCR is cached with what was missing, and read again, with its
 * fields, once OCR is there; the same cache folder serves both runs, as ~/.cache/kiemchung does.
 */
class ReadAgainWhenOcrArrivesTest {

    private static final Path SCAN = Path.of("sample-evidence", "bac-lieu-2023", "1.2",
            "TB 128 kết luận phiên họp BCĐ CĐS 6 tháng (bản scan).pdf");

    @TempDir
    Path cacheDir;

    @Test
    void scanCachedWithoutOcrIsReadAgainOnceOcrIsAvailable() {
        assumeTrue(OcrEngine.EMBEDDED.available("vie"), "the jar carries no OCR natives for this platform");
        ExtractionCache cache = new FolderExtractionCache(cacheDir);

        ExtractedDocument withoutOcr;
        try (TikaTextExtractor noOcr = new TikaTextExtractor(ParseLimits.defaults().withOcr(false))) {
            withoutOcr = new DocumentReader(noOcr, cache).read(SCAN, SCAN.getFileName().toString());
        }
        assertThat(withoutOcr.readable()).isFalse();
        assertThat(withoutOcr.readWithoutOcr()).isTrue();
        assertThat(withoutOcr.reason()).startsWith(RawText.SCAN_WITHOUT_OCR);

        try (TikaTextExtractor ocr = new TikaTextExtractor(ParseLimits.defaults().withOcrEngine("embedded"))) {
            DocumentReader reader = new DocumentReader(ocr, cache);
            assertThat(reader.cached(withoutOcr.sha256())).as("a reading made without OCR is not final").isEmpty();
            ExtractedDocument again = reader.read(SCAN, SCAN.getFileName().toString());
            assertThat(again.readable()).isTrue();
            assertThat(again.ocr()).isTrue();
            assertThat(again.readWithoutOcr()).isFalse();
            assertThat(DocumentFields.valueOf(again.fields().number())).isEqualTo("128/TB-UBND");
            // and the new reading is the one kept
            assertThat(reader.cached(again.sha256())).get().extracting(ExtractedDocument::readable).isEqualTo(true);
        }
    }

    @Test
    void readingWithoutOcrStaysCachedWhereOcrIsStillMissing() {
        ExtractionCache cache = new FolderExtractionCache(cacheDir);
        try (TikaTextExtractor noOcr = new TikaTextExtractor(ParseLimits.defaults().withOcr(false))) {
            DocumentReader reader = new DocumentReader(noOcr, cache);
            ExtractedDocument first = reader.read(SCAN, SCAN.getFileName().toString());
            assertThat(reader.cached(first.sha256())).as("no OCR now either: no point reading again").isPresent();
        }
    }
}
