package vn.kiemchung.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.RawText.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TikaTextExtractorTest {

    private static TikaTextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void startExtractor() {
        // OCR off: these tests are about text layers and failures, and must not depend on tesseract.
        extractor = new TikaTextExtractor(ParseLimits.defaults().withOcr(false));
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    private RawText timed(Path file, String name) {
        long started = System.nanoTime();
        RawText text = extractor.extract(file, name);
        System.err.printf("[timing] %s: %d ms, %s %s, %d chars, %s%n", name,
                (System.nanoTime() - started) / 1_000_000, text.outcome(), text.reason() == null ? "" : text.reason(),
                text.text().length(), text.metadata());
        return text;
    }

    @Test
    void vietnamesePdfKeepsItsDiacritics() throws Exception {
        Path file = EvidenceFiles.pdf(dir.resolve("qd.pdf"), EvidenceFiles.DECISION + "\n" + EvidenceFiles.COMMITTEE);

        RawText text = timed(file, "qd.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.text()).contains(EvidenceFiles.DECISION).contains(EvidenceFiles.COMMITTEE);
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.ocr()).isFalse();
        assertThat(text.metadata()).containsEntry("pdf:producer", "kiemchung tests")
                .containsEntry("dc:creator", "Nguyễn Văn An").containsEntry("pdf:encrypted", "false")
                .containsKey("dcterms:created");
        assertThat(text.signatures()).isEmpty();
    }

    @Test
    void twoPagePdfSeparatesPagesWithFormFeed() throws Exception {
        Path file = EvidenceFiles.pdf(dir.resolve("two.pdf"), "Trang một", "Trang hai");

        RawText text = timed(file, "two.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.text().split("\f")).hasSize(2);
        assertThat(text.text().split("\f")[0]).contains("Trang một").doesNotContain("Trang hai");
        assertThat(text.text().split("\f")[1]).contains("Trang hai");
    }

    @Test
    void passwordProtectedPdfIsEncrypted() throws Exception {
        Path file = EvidenceFiles.encryptedPdf(dir.resolve("khoa.pdf"));

        RawText text = timed(file, "khoa.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(text.reason()).isEqualTo("password-protected");
        assertThat(text.text()).isEmpty();
    }

    @Test
    void truncatedPdfIsUnreadableWithReason() throws Exception {
        Path file = EvidenceFiles.truncatedPdf(dir.resolve("cut.pdf"), 0.6);

        RawText text = timed(file, "cut.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(text.reason()).startsWith("truncated or corrupt");
    }

    @Test
    void emptyFileIsUnreadable() throws Exception {
        Path file = Files.createFile(dir.resolve("rong.pdf"));

        RawText text = timed(file, "rong.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(text.reason()).isEqualTo("empty file");
    }

    @Test
    void randomBytesAreAnUnsupportedType() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("du-lieu.bin"), noise);

        RawText text = timed(file, "du-lieu.bin");

        assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(text.reason()).isEqualTo("unsupported file type application/octet-stream");
    }

    @Test
    void zipOfTwoHundredMegabytesOfZerosIsABomb() throws Exception {
        Path file = EvidenceFiles.zerosBomb(dir.resolve("bom.zip"), 200);

        long started = System.nanoTime();
        RawText text = timed(file, "bom.zip");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(text.reason()).startsWith("decompression bomb");
    }

    @Test
    void textBombInsideAZipIsStoppedInTime() throws Exception {
        Path file = EvidenceFiles.nestedTextBomb(dir.resolve("bom-long.zip"), 200);

        long started = System.nanoTime();
        RawText text = timed(file, "bom-long.zip");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(text.reason()).startsWith("decompression bomb");
    }

    @Test
    void zipsNestedTenDeepAreReadOnlyToTheDepthLimit() throws Exception {
        Path file = EvidenceFiles.nestedZip(dir.resolve("long-nhau.zip"), 10);

        RawText text = timed(file, "long-nhau.zip");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.text()).contains("tầng 1 của hồ sơ", "tầng 3 của hồ sơ").doesNotContain("tầng 5");
        assertThat(text.metadata()).containsKey("embeddedSkipped");
    }

    @Test
    void docxParagraphsAreRead() throws Exception {
        Path file = EvidenceFiles.docx(dir.resolve("ke-hoach.docx"), EvidenceFiles.DECISION, EvidenceFiles.COMMITTEE);

        RawText text = timed(file, "ke-hoach.docx");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.text()).contains(EvidenceFiles.DECISION).contains(EvidenceFiles.COMMITTEE);
    }

    @Test
    void xlsxCellsAreRead() throws Exception {
        Path file = EvidenceFiles.xlsx(dir.resolve("chi-so.xlsx"), "Tỷ lệ hồ sơ trực tuyến", 72.5);

        RawText text = timed(file, "chi-so.xlsx");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.text()).contains("Tỷ lệ hồ sơ trực tuyến").contains("72.5");
    }

    @Test
    void signedPdfNamesTheCertificateHolder() throws Exception {
        Path file = EvidenceFiles.signedPdf(dir.resolve("ky-so.pdf"), "Nguyễn Văn An");

        RawText text = timed(file, "ky-so.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.OK);
        assertThat(text.signatures()).hasSize(1);
        RawText.PdfSignature signature = text.signatures().get(0);
        assertThat(signature.signerName()).isEqualTo("Nguyễn Văn An");
        assertThat(signature.coversWholeFile()).isTrue();
        assertThat(signature.signedAt()).isNotNull();
    }

    @Test
    void bytesAppendedAfterSigningAreNoticed() throws Exception {
        Path file = EvidenceFiles.signedPdf(dir.resolve("sua-sau-ky.pdf"), "Nguyễn Văn An");
        Files.write(file, "\n% sửa sau khi ký\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);

        RawText text = timed(file, "sua-sau-ky.pdf");

        assertThat(text.signatures()).singleElement()
                .satisfies(signature -> assertThat(signature.coversWholeFile()).isFalse());
    }

    @Test
    void scanWithoutOcrHasNoText() throws Exception {
        Path file = EvidenceFiles.scannedPdf(dir.resolve("scan.pdf"), "Quyết định");

        RawText text = timed(file, "scan.pdf");

        assertThat(text.outcome()).isEqualTo(Outcome.NO_TEXT);
        assertThat(text.reason()).isEqualTo("scanned image without text layer; OCR unavailable");
        assertThat(text.pages()).isEqualTo(1);
    }

    @Test
    void textBeyondTheCharacterLimitIsCutAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("dai.txt"), "Chuyển đổi số. ".repeat(2000));
        try (TikaTextExtractor small = new TikaTextExtractor(ParseLimits.defaults().withOcr(false)
                .withMaxChars(1000).withWorkers(1, 1, 200))) {
            RawText text = small.extract(file, "dai.txt");

            assertThat(text.outcome()).isEqualTo(Outcome.OK);
            assertThat(text.text().length()).isLessThanOrEqualTo(1000);
            assertThat(text.metadata()).containsEntry("truncated", "text cut at 1000 characters");
        }
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutParsing() throws Exception {
        Path file = Files.write(dir.resolve("lon.txt"), new byte[2048]);
        ParseLimits d = ParseLimits.defaults();
        ParseLimits tiny = new ParseLimits(d.textTimeout(), d.ocrTimeout(), d.childHeap(), 1, 1, 200, d.maxChars(),
                1024, d.maxEmbeddedDepth(), d.maxEmbeddedCount(), d.maxZipRatio(), false, "vie", "auto");
        try (TikaTextExtractor small = new TikaTextExtractor(tiny)) {
            RawText text = small.extract(file, "lon.txt");

            assertThat(text.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(text.reason()).isEqualTo("file too large: 2048 bytes (limit 1024 bytes)");
        }
    }
}
