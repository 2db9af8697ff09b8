package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;
import vn.kiemchung.rules.RuleBook;

/**
 * A new server on the same data answers the first report from the one kept by the last, without compiling
 * rules or reading any file's extraction; the rendered report is the same, byte for byte; a rule reload
 * then gives the next request a report of the new rules.
 */
class KeptReportRestartTests {

    private static final String PASSWORD = "restart-admin-password";

    @Test
    void aNewServerAnswersFromTheKeptReportUntilTheRulesChange(@TempDir Path data) throws Exception {
        Path rules = data.resolve("rules-folder");
        copy(Path.of("rules"), rules);
        long dossier;
        String first;
        byte[][] rendered = new byte[ReportFormat.values().length][];
        try (ConfigurableApplicationContext app = start(data, rules)) {
            TestClient admin = new TestClient(port(app), "admin", PASSWORD);
            dossier = admin.dossier(2023);
            assertThat(admin.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
            assertThat(admin.upload(dossier, "1.1", "quyet-dinh.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            KeptReportsTests.await("files read", () -> jdbc.sql(
                    "select count(*) from extraction_job where dossier_id = ? and status in ('PENDING', 'RUNNING')")
                    .param(dossier).query(Integer.class).single() == 0);
            first = admin.get("/api/v1/dossiers/" + dossier + "/report").body();
            for (ReportFormat f : ReportFormat.values()) {
                rendered[f.ordinal()] = admin.getBytes("/api/v1/dossiers/" + dossier + "/report?format=" + f.id());
            }
            assertThat(Files.list(data.resolve("rules-data").resolve("compiled")).map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith(".kjar"));
        }

        try (ConfigurableApplicationContext app = start(data, rules)) {
            TestClient admin = new TestClient(port(app), "admin", PASSWORD);
            DossierReports reports = app.getBean(DossierReports.class);
            RuleBook book = app.getBean(RuleBook.class);
            String again = admin.get("/api/v1/dossiers/" + dossier + "/report").body();
            assertThat(again).isEqualTo(first);
            assertThat(reports.counts().audits.get()).as("no audit after the restart").isZero();
            assertThat(reports.counts().fromDatabase.get()).isEqualTo(1);
            assertThat(book.live()).as("no rules compiled or loaded to answer").isEmpty();
            for (ReportFormat f : ReportFormat.values()) {
                byte[] bytes = admin.getBytes("/api/v1/dossiers/" + dossier + "/report?format=" + f.id());
                assertThat(comparable(f, bytes)).as(f.id() + " rendered from the kept report")
                        .isEqualTo(comparable(f, rendered[f.ordinal()]));
            }
            assertThat(reports.counts().audits.get()).isZero();

            // The rules in service change (a hot reload): the next report is made with them.
            String before = book.forYear(2023).version();
            Path rule = firstDrl(rules.resolve("common"));
            Files.writeString(rule, "\n// changed by a test\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String reloaded = book.reload(2023).version();
            assertThat(reloaded).isNotEqualTo(before);
            String after = admin.get("/api/v1/dossiers/" + dossier + "/report").json().get("rulesetVersion").asText();
            assertThat(after).isEqualTo(reloaded);
        }
    }

    /**
     * The rendered bytes, but for what the libraries stamp with the time of rendering (two renderings of one
     * report differ there only): a PDF's /ID, a workbook's ZIP entry times and creation time (compared by its
     * entries' names and bytes).
     */
    private static String comparable(ReportFormat f, byte[] bytes) {
        if (f == ReportFormat.PDF) {
            // PDFBox makes the file's /ID from the time of writing
            return new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "/ID");
        }
        if (f != ReportFormat.XLSX) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        StringBuilder entries = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.append(e.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // and POI writes the time of rendering as the workbook's creation
        return entries.toString().replaceAll("<dcterms:created[^<]*</dcterms:created>", "");
    }

    private static Path firstDrl(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }

    private static ConfigurableApplicationContext start(Path data, Path rules) {
        return new SpringApplicationBuilder(KiemchungApplication.class).run(
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.rules.path=" + rules,
                "--kiemchung.rules.data-dir=" + data.resolve("rules-data"),
                "--kiemchung.rules.watch=false",
                "--server.port=0",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + PASSWORD);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
