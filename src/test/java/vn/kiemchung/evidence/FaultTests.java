package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;

/** Storage or database down: uploads are refused with 503 and nothing is half-written. */
class FaultTests {

    private static final String PASSWORD = "fault-password";

    @Test
    void storageDownRefusesUploadsWith503AndOrphansAreSwept(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext app = start(
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"))) {
            TestClient api = new TestClient(port(app), "admin", PASSWORD);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            EmbeddedS3Server s3 = app.getBean(EmbeddedS3Server.class);
            long dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
            byte[] first = EvidenceApiTests.randomBytes(50_000, 1);
            long kept = api.uploadOk(dossier, "1.1", "truoc.pdf", first).get("id").asLong();
            int rows = evidenceRows(jdbc);

            s3.stop();
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);
            byte[] bytes = EvidenceApiTests.randomBytes(80_000, 2);
            TestClient.Answer refused = api.upload(dossier, "1.1", "Quyết định.pdf", bytes);
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("detailVi").contains("storage is unavailable");
            // Known bytes too: the store cannot confirm the object, so nothing is recorded.
            assertThat(api.upload(dossier, "2.1", "lai.pdf", first).status()).isEqualTo(503);
            assertThat(evidenceRows(jdbc)).isEqualTo(rows);
            assertThat(jdbc.sql("select count(*) from stored_object where sha256 = ?").param(UploadEdgeTests.sha256(bytes))
                    .query(Integer.class).single()).isZero();

            s3.restart();
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            long id = api.uploadOk(dossier, "1.1", "Quyết định.pdf", bytes).get("id").asLong();
            assertThat(api.download(id).bytes()).isEqualTo(bytes);

            // An object whose recording failed (no stored_object row) is swept once old enough.
            EvidenceStore store = app.getBean(EvidenceStore.class);
            OrphanSweeper sweeper = app.getBean(OrphanSweeper.class);
            byte[] orphan = EvidenceApiTests.randomBytes(1000, 3);
            String key = EvidenceIntake.storageKey(UploadEdgeTests.sha256(orphan));
            Path file = Files.write(data.resolve("orphan.bin"), orphan);
            store.put(key, file, orphan.length, "application/pdf");
            assertThat(sweeper.sweep(Duration.ofMinutes(60))).isZero();
            assertThat(store.exists(key)).isTrue();
            Thread.sleep(1500);
            assertThat(sweeper.sweep(Duration.ZERO)).isEqualTo(1);
            assertThat(store.exists(key)).isFalse();
            // Recorded objects stay.
            assertThat(api.download(id).bytes()).isEqualTo(bytes);
            assertThat(api.download(kept).bytes()).isEqualTo(first);
        }
    }

    @Test
    void databaseDownAnswers503AndStoresNothing(@TempDir Path data) throws Exception {
        // cleanDataDirectory(false): the same cluster comes back after the outage
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(false).start();
        int pgPort = postgres.getPort();
        try (ConfigurableApplicationContext app = start(
                "--kiemchung.database.embedded=false",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--kiemchung.storage.data-dir=" + data.resolve("objects"))) {
            TestClient api = new TestClient(port(app), "admin", PASSWORD);
            EvidenceStore store = app.getBean(EvidenceStore.class);
            long dossier = api.dossier("Tỉnh Cà Mau", 2023);
            api.uploadOk(dossier, "1.1", "a.pdf", EvidenceApiTests.randomBytes(10_000, 4));
            int objects = store.list("sha256/").size();

            postgres.close();
            byte[] bytes = EvidenceApiTests.randomBytes(20_000, 5);
            long t0 = System.nanoTime();
            TestClient.Answer refused = api.upload(dossier, "1.1", "b.pdf", bytes);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("detailVi").contains("database is unavailable");
            assertThat(ms).isLessThan(20_000);
            assertThat(store.list("sha256/")).hasSize(objects);

            postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg")).setCleanDataDirectory(false)
                    .setPort(pgPort).start();
            TestClient.Answer again = null;
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                again = api.upload(dossier, "1.1", "b.pdf", bytes);
                if (again.status() == 201) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(again.status()).as(again.body()).isEqualTo(201);
        } finally {
            postgres.close();
        }
    }

    private static int evidenceRows(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from evidence").query(Integer.class).single();
    }

    static ConfigurableApplicationContext start(String... extra) {
        String[] base = {
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false",
                "--server.port=0",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + PASSWORD};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(KiemchungApplication.class).run(args);
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
