package vn.kiemchung.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.parsing.OcrEngine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scans are read by the Tesseract inside the jar, on a machine where nothing is installed (the
 * engine is forced to "embedded", so a tesseract command on the PATH plays no part).
 */
@Tag("ocr")
class OcrExtractionTest {

    private static TikaTextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void startExtractor() {
        assumeTrue(OcrEngine.EMBEDDED.available("vie"), "the jar carries no OCR natives for this platform");
        extractor = new TikaTextExtractor(ParseLimits.defaults().withOcrEngine("embedded"));
    }

    @AfterAll
    static void stopExtractor() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @Test
    void embeddedEngineIsAvailableWithNothingInstalled() {
        assertThat(extractor.ocrAvailable()).isTrue();
    }

    @Test
    void photographedDecisionIsReadByOcr() throws Exception {
        Path file = EvidenceFiles.png(dir.resolve("anh.png"), "Quyết định", "về việc chuyển đổi số");

        long started = System.nanoTime();
        RawText text = extractor.extract(file, "anh.png");
        System.err.printf("[timing] OCR png: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.ocr()).isTrue();
        assertThat(text.ocrMissing()).isFalse();
        assertThat(text.text()).contains("Quyết định");
    }

    @Test
    void scannedPdfGoesToOcrAndIsRead() throws Exception {
        Path file = EvidenceFiles.scannedPdf(dir.resolve("scan.pdf"), "Quyết định", "về việc chuyển đổi số");

        long started = System.nanoTime();
        RawText text = extractor.extract(file, "scan.pdf");
        System.err.printf("[timing] OCR scanned pdf: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.ocr()).isTrue();
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.text()).contains("Quyết định");
    }
}
