package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.parsing.TesseractProbe;

/** Where a site keeps its own tesseract (kiemchung.extraction.ocr-engine=system), scans are read by it. */
@Tag("ocr")
@EnabledIf("tesseractReadsVietnamese")
class SystemTesseractTest {

    @TempDir
    Path dir;

    static boolean tesseractReadsVietnamese() {
        return TesseractProbe.available("vie");
    }

    @Test
    void scannedPdfIsReadByTheInstalledTesseractWhenConfigured() throws Exception {
        Path file = EvidenceFiles.scannedPdf(dir.resolve("scan.pdf"), "Quyết định", "về việc chuyển đổi số");
        try (TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults().withOcrEngine("system"))) {
            RawText text = extractor.extract(file, "scan.pdf");
            assertThat(text.outcome()).isEqualTo(RawText.Outcome.OK);
            assertThat(text.ocr()).isTrue();
            assertThat(text.text()).contains("Quyết định");
        }
    }
}
