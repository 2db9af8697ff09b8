package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;

/** The app as an operator runs it: restarted on the same data, or pointed at external servers. */
class ServerLifecycleTests {

    private static final String PASSWORD = "lifecycle-password";

    @Test
    void uploadedBytesSurviveARestart(@TempDir Path data) throws Exception {
        byte[] bytes = EvidenceApiTests.randomBytes(200_000, 3);
        long evidenceId;
        try (ConfigurableApplicationContext app = start(embeddedUnder(data))) {
            TestClient api = new TestClient(port(app), "admin", PASSWORD);
            long dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
            evidenceId = api.uploadOk(dossier, "1.1", "Quyết định 412 kiện toàn BCĐ.pdf", bytes).get("id").asLong();
        }
        try (ConfigurableApplicationContext app = start(embeddedUnder(data))) {
            TestClient api = new TestClient(port(app), "admin", PASSWORD);
            var download = api.download(evidenceId);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(bytes);
        }
    }

    @Test
    void productionSettingsUseExternalPostgresAndS3AndStartNothingEmbedded(@TempDir Path data) throws Exception {
        // Real servers started as if they were external: the app only gets their addresses.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(data.resolve("s3"), 0, "prod-access", "prod-secret-123")) {
            String[] props = ExternalServerArgs.of(postgres, s3,
                    "--kiemchung.storage.data-dir=" + data.resolve("must-not-exist-objects"),
                    "--kiemchung.database.data-dir=" + data.resolve("must-not-exist-db"),
                    "--server.port=0",
                    "--KIEMCHUNG_ADMIN_PASSWORD=" + PASSWORD);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KiemchungApplication.class).run(props)) {
                assertThat(app.getBeanNamesForType(EmbeddedS3Server.class)).isEmpty();
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                TestClient api = new TestClient(port(app), "admin", PASSWORD);
                long dossier = api.dossier("Tỉnh Cà Mau", 2023);
                byte[] bytes = "Kế hoạch chuyển đổi số năm 2023".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                long id = api.uploadOk(dossier, "2.1", "kế hoạch.txt", bytes).get("id").asLong();
                assertThat(api.download(id).bytes()).isEqualTo(bytes);
            }
            assertThat(data.resolve("must-not-exist-objects")).doesNotExist();
            assertThat(data.resolve("must-not-exist-db")).doesNotExist();
            // The object really went to the external S3 server's storage.
            assertThat(data.resolve("s3").resolve("kiemchung-evidence")).isDirectory();
        }
    }

    private static String[] embeddedUnder(Path data) {
        return new String[] {
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false",
                "--server.port=0",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + PASSWORD};
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(KiemchungApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
