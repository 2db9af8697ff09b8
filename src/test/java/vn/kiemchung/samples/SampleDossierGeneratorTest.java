package vn.kiemchung.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class SampleDossierGeneratorTest {

    /** Every code of contract §5: the sample plants each one at least once. */
    private static final Set<String> CONTRACT_CODES = Set.of("EVIDENCE_MISSING", "FILE_UNREADABLE", "FILE_ENCRYPTED",
            "TEXT_NOT_EXTRACTABLE", "DOC_TYPE_MISMATCH", "ISSUER_MISMATCH", "WRONG_PROVINCE", "DATE_OUT_OF_PERIOD",
            "DATE_MISSING", "NUMBER_MISSING", "SIGNATURE_MISSING", "KEYWORD_MISSING", "CLAIM_MISMATCH",
            "CLAIM_UNSUPPORTED", "SIGNER_MISMATCH", "UNKNOWN_INDICATOR", "DUPLICATE_EVIDENCE", "LEGACY_ENCODING");

    @TempDir
    static Path root;
    static Path dossier;
    static Path expected;

    @BeforeAll
    static void generate() throws IOException {
        dossier = root.resolve("bac-lieu-2023");
        expected = root.resolve("expected");
        SampleDossierGenerator.generate(dossier, expected);
    }

    @Test
    void everyEvidenceFileHasItsExpectedFieldsAndEveryExpectationItsFile() throws IOException {
        List<String> files = evidence();
        List<String> expectations = relative(expected).stream().filter(p -> !p.equals("dossier.yaml"))
                .map(p -> p.substring(0, p.length() - ".yaml".length())).toList();
        assertThat(expectations).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeBetween(75, 90);
    }

    /** Every component of the 2023 set the province scores has a folder, except 5.5 (planted EVIDENCE_MISSING). */
    @Test
    void everyComponentTheProvinceScoresHasEvidenceExcept55() throws IOException {
        Set<String> folders = new HashSet<>();
        evidence().forEach(p -> folders.add(p.substring(0, p.indexOf('/'))));
        List<String> scored = vn.kiemchung.catalogue.Catalogues.load(Path.of("rules")).forYear(SampleDossierGenerator.YEAR)
                .orElseThrow().indicators().stream().filter(i -> i.scoredByProvince()).map(i -> i.code()).toList();
        assertThat(scored).hasSize(59);
        assertThat(scored.stream().filter(c -> !folders.contains(c)).toList()).containsExactly("5.5");
    }

    @Test
    void dossierHasTheContractsDescriptorAndClaims() throws IOException {
        Map<String, Object> descriptor = yaml(dossier.resolve("dossier.yaml"));
        assertThat(descriptor).containsEntry("province", "Tỉnh Bạc Liêu").containsEntry("year", 2023);
        List<String> claims = Files.readAllLines(dossier.resolve("self-assessment.csv"), StandardCharsets.UTF_8);
        assertThat(claims.get(0)).isEqualTo("code,value,unit,note");
        assertThat(claims).anyMatch(line -> line.startsWith("7.6,85,%,"));
    }

    @Test
    void plantsEveryFindingCodeOfTheContract() throws IOException {
        Map<String, Object> components = yamlMap(yaml(expected.resolve("dossier.yaml")).get("components"));
        Set<String> planted = new HashSet<>();
        components.values().forEach(codes -> planted.addAll(strings(codes)));
        assertThat(planted).containsExactlyInAnyOrderElementsOf(CONTRACT_CODES);
        assertThat(components).containsKeys("5.5", "9.99");
        assertThat(Files.exists(dossier.resolve("5.5"))).as("5.5 has no folder (EVIDENCE_MISSING)").isFalse();
        for (int main = 1; main <= 9; main++) {
            String prefix = main + ".";
            assertThat(evidence()).as("main indicator " + main).anyMatch(p -> p.startsWith(prefix));
        }
    }

    @Test
    void pdfsOpenUnlessTheyArePlantedTruncatedOrEncrypted() throws IOException {
        for (String path : evidence()) {
            if (!path.endsWith(".pdf")) {
                continue;
            }
            Path file = dossier.resolve(path);
            Map<String, Object> fields = expectedFields(path);
            switch ((String) fields.get("outcome")) {
                case "UNREADABLE" -> assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close())
                        .as(path).isInstanceOf(IOException.class).isNotInstanceOf(InvalidPasswordException.class);
                case "ENCRYPTED" -> {
                    assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close())
                            .as(path).isInstanceOf(InvalidPasswordException.class);
                    try (PDDocument document = Loader.loadPDF(file.toFile(), EncryptedPdfWriter.USER_PASSWORD)) {
                        assertThat(document.getNumberOfPages()).isPositive();
                    }
                }
                default -> {
                    try (PDDocument document = Loader.loadPDF(file.toFile())) {
                        String text = new PDFTextStripper().getText(document);
                        if (Boolean.TRUE.equals(fields.get("ocr"))) {
                            assertThat(text).as(path + " is image-only").isBlank();
                        } else {
                            assertThat(text).as(path).contains("Số", (String) fields.get("number"))
                                    .contains((String) fields.get("signerName"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void signedPdfHasOneSignatureOverTheWholeFile() throws IOException {
        Path file = dossier.resolve("1.3/Chỉ thị 03 đẩy mạnh chuyển đổi số năm 2023 (ký số).pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            int[] range = signatures.get(0).getByteRange();
            assertThat((long) range[2] + range[3]).isEqualTo(Files.size(file));
            assertThat(signatures.get(0).getName()).isEqualTo("Nguyễn Văn An");
        }
        assertThat(expectedFields("1.3/Chỉ thị 03 đẩy mạnh chuyển đổi số năm 2023 (ký số).pdf"))
                .containsEntry("digitalSignatures", 1);
    }

    @Test
    void docxFilesOpenWithPoiAndTheLegacyOneIsTcvn3() throws IOException {
        for (String path : evidence()) {
            if (!path.endsWith(".docx")) {
                continue;
            }
            try (InputStream in = Files.newInputStream(dossier.resolve(path));
                 XWPFDocument document = new XWPFDocument(in);
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                if (expectedFields(path).get("legacyEncoding") != null) {
                    assertThat(text).contains("Ngµy ChuyÓn ®æi sè").doesNotContain("chuyển đổi số");
                    assertThat(fonts(document)).containsExactlyInAnyOrder(".VnTime", ".VnTimeH");
                } else {
                    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                }
            }
        }
    }

    @Test
    void xlsxReportOpensWithPoiAndStatesTheClaimedRatio() throws IOException {
        Path file = dossier.resolve("4.1/Báo cáo 215 kết quả bồi dưỡng kỹ năng số 2023.xlsx");
        StringBuilder cells = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell).append(' ');
                }
            }
        }
        assertThat(cells).contains("SỞ NỘI VỤ", "Số: 215/BC-SNV", "Tổng cộng", "đạt 91,2%", "91.2");
    }

    @Test
    void duplicateEvidenceIsByteIdentical() throws IOException {
        assertThat(Files.readAllBytes(dossier.resolve("4.1/Kế hoạch 38 chuyển đổi số năm 2023.pdf")))
                .isEqualTo(Files.readAllBytes(dossier.resolve(InstitutionSamples.ANNUAL_PLAN)));
    }

    @Test
    void tcvn3EncodesVietnameseLettersAsTheirLatin1Slots() {
        assertThat(Tcvn3.encode("Quyết định")).isEqualTo("QuyÕt ®Þnh");
        assertThat(Tcvn3.encode("Cộng hòa xã hội chủ nghĩa Việt Nam")).isEqualTo("Céng hßa x· héi chñ nghÜa ViÖt Nam");
        assertThatThrownBy(() -> Tcvn3.encode("Ủy ban")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("slow")
    void regeneratesTheSameBytesExceptTheDigitalSignature(@TempDir Path again) throws IOException {
        SampleDossierGenerator.generate(again.resolve("bac-lieu-2023"), again.resolve("expected"));
        for (String path : evidence()) {
            if (path.contains("(ký số)")) {
                continue;
            }
            assertThat(Files.readAllBytes(again.resolve("bac-lieu-2023").resolve(path))).as(path)
                    .isEqualTo(Files.readAllBytes(dossier.resolve(path)));
        }
    }

    private static List<String> evidence() throws IOException {
        return relative(dossier).stream().filter(p -> p.contains("/")).toList();
    }

    private static List<String> relative(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Map<String, Object> expectedFields(String path) throws IOException {
        return yaml(expected.resolve(path + ".yaml"));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static Set<String> fonts(XWPFDocument document) {
        Set<String> fonts = new HashSet<>();
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                c -> c.getParagraphs().forEach(p -> p.getRuns().forEach(run -> fonts.add(run.getFontFamily()))))));
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                fonts.add(run.getFontFamily());
            }
        }
        return fonts;
    }
}
