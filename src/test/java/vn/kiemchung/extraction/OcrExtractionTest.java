package vn.kiemchung.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.parsing.TesseractProbe;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs only where tesseract with Vietnamese is installed. */
@Tag("ocr")
@EnabledIf("tesseractReadsVietnamese")
class OcrExtractionTest {

    private static TikaTextExtractor extractor;

    @TempDir
    Path dir;

    static boolean tesseractReadsVietnamese() {
        return TesseractProbe.available("vie");
    }

    @BeforeAll
    static void startExtractor() {
        extractor = new TikaTextExtractor(ParseLimits.defaults());
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    @Test
    void photographedDecisionIsReadByOcr() throws Exception {
        Path file = EvidenceFiles.png(dir.resolve("anh.png"), "Quyết định", "về việc chuyển đổi số");

        long started = System.nanoTime();
        RawText text = extractor.extract(file, "anh.png");
        System.err.printf("[timing] OCR png: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.ocr()).isTrue();
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
