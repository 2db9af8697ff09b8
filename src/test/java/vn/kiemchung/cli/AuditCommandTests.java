package vn.kiemchung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit command on dossiers the test builds itself, checked against the contract. */
class AuditCommandTests {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void missingFolderExitsTwoWithOneLineNamingIt() {
        Result r = run("audit", dir.resolve("không-có").toString(), "--format", "json");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().count()).isEqualTo(1);
        assertThat(r.err).contains("không-có");
        assertThat(r.out).isEmpty();
    }

    @Test
    void folderWithoutDossierYamlExitsTwo() throws IOException {
        Files.createDirectories(dir.resolve("ho-so/1.1"));
        Result r = run("audit", dir.resolve("ho-so").toString(), "--format", "json");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("dossier.yaml").hasLineCount(1);
    }

    @Test
    void unknownYearExitsTwo() throws IOException {
        Path d = dossier(1999);
        Result r = run("audit", d.toString(), "--format", "json");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("1999");
    }

    @Test
    void reportsUnreadableEncryptedDuplicateUnknownAndMissingEvidence() throws Exception {
        Path d = dossier(2023);
        byte[] good = pdf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "QUYẾT ĐỊNH về Ban chỉ đạo chuyển đổi số");
        write(d.resolve("1.1/Quyết định kiện toàn BCĐ.pdf"), good);
        write(d.resolve("1.3/bản trùng.pdf"), good);
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        write(d.resolve("1.4/hỏng.pdf"), cut);
        write(d.resolve("2.1/mật khẩu.pdf"), encryptedPdf());
        write(d.resolve("9.99/lạc chỗ.pdf"), pdf("TỈNH BẠC LIÊU", "BÁO CÁO"));

        Result r = run("audit", d.toString(), "--format", "json", "--no-cache");
        assertThat(r.exit).as(r.err).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out);
        for (String key : new String[] {"province", "year", "rulesetVersion", "projectedScore", "maxScore", "indicators", "documents"}) {
            assertThat(report.has(key)).as(key).isTrue();
        }
        assertThat(codesFor(report, "1.4/hỏng.pdf")).contains("FILE_UNREADABLE");
        assertThat(codesFor(report, "2.1/mật khẩu.pdf")).contains("FILE_ENCRYPTED");
        assertThat(codesFor(report, "9.99/lạc chỗ.pdf")).contains("UNKNOWN_INDICATOR");
        assertThat(codesFor(report, "1.3/bản trùng.pdf")).contains("DUPLICATE_EVIDENCE");
        assertThat(codesFor(report, null)).contains("EVIDENCE_MISSING");
        assertThat(indicator(report, "1.2").get("status").asText()).isEqualTo("MISSING");
        JsonNode docs = report.get("documents");
        assertThat(docs).hasSize(5);
        for (JsonNode doc : docs) {
            for (String key : new String[] {"path", "sha256", "mediaType", "docType", "number", "issuer", "issuedOn", "signed"}) {
                assertThat(doc.has(key)).as(key).isTrue();
            }
        }
        assertThat(docs.findValuesAsText("path")).contains("1.1/Quyết định kiện toàn BCĐ.pdf");
    }

    @Test
    void auditsAZippedDossierLikeItsFolder() throws Exception {
        Path d = dossier(2023);
        write(d.resolve("1.1/qd.pdf"), pdf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "QUYẾT ĐỊNH"));
        Path zip = dir.resolve("hồ sơ.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.walk(d)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    z.putNextEntry(new ZipEntry("ho-so/" + d.relativize(f).toString().replace('\\', '/')));
                    z.write(Files.readAllBytes(f));
                    z.closeEntry();
                }
            }
        }
        Result r = run("audit", zip.toString(), "--format", "json", "--no-cache");
        assertThat(r.exit).as(r.err).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(r.out);
        assertThat(report.get("province").asText()).isEqualTo("Tỉnh Bạc Liêu");
        assertThat(report.get("documents").get(0).get("path").asText()).isEqualTo("1.1/qd.pdf");
    }

    @Test
    void zipThatClimbsOutOfItsFolderIsRefused() throws Exception {
        Path zip = dir.resolve("slip.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Result r = run("audit", zip.toString(), "--format", "json");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("slip.zip");
    }

    @Test
    void extractPrintsOneDocumentsEntryPerFileInOrder() throws Exception {
        Path a = write(dir.resolve("a.pdf"), pdf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "KẾ HOẠCH"));
        Path b = write(dir.resolve("b.txt"), "Báo cáo".getBytes(StandardCharsets.UTF_8));
        Result r = run("extract", a.toString(), b.toString(), "--format", "json", "--no-cache");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out);
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("path").asText()).isEqualTo(a.toString());
        assertThat(array.get(1).get("path").asText()).isEqualTo(b.toString());
        assertThat(array.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void extractAsTextLabelsEachFieldInVietnameseAndEnglish() throws Exception {
        Path b = write(dir.resolve("b.txt"), "Báo cáo".getBytes(StandardCharsets.UTF_8));
        Result r = run("extract", b.toString(), "--no-cache");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).startsWith(b + System.lineSeparator())
                .contains("  kết quả / outcome                OK")
                .contains("  trang / pages                    ")
                .contains("  OCR                              false");
    }

    private static List<String> codesFor(JsonNode report, String document) {
        List<String> codes = new ArrayList<>();
        for (JsonNode ind : report.get("indicators")) {
            for (JsonNode f : ind.get("findings")) {
                boolean match = document == null ? f.get("document").isNull() : document.equals(f.get("document").asText());
                if (match) {
                    codes.add(f.get("code").asText());
                }
            }
        }
        return codes;
    }

    private static JsonNode indicator(JsonNode report, String code) {
        for (JsonNode ind : report.get("indicators")) {
            if (ind.get("code").asText().equals(code)) {
                return ind;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private Path dossier(int year) throws IOException {
        Path d = dir.resolve("dossier-" + year);
        Files.createDirectories(d);
        Files.writeString(d.resolve("dossier.yaml"), "province: \"Tỉnh Bạc Liêu\"\nyear: " + year + "\n");
        return d;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -18);
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ", "mật-khẩu", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KiemchungCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

}
