package vn.kiemchung.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;
import vn.kiemchung.evidence.EmbeddedS3Server;
import vn.kiemchung.evidence.ExternalServerArgs;

/**
 * Two instances on one PostgreSQL and one S3 server (started here as if external). Every file is
 * read exactly once although both instances poll the same queue, the second one starts while the
 * first is reading, and a claim left by a dead instance is taken over after its lease.
 */
@Tag("slow")
class ScaleOutTest {

    private static final String PASSWORD = "scale-out-password";
    private static final int FILES_EACH = 30;

    @Test
    void twoInstancesReadEveryFileExactlyOnce(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(data.resolve("s3"), 0, "shared-access", "shared-secret-0123456789")) {
            String[] props = ExternalServerArgs.of(postgres, s3,
                    "--kiemchung.extraction.poll-millis=500",
                    "--kiemchung.extraction.lease-seconds=20",
                    "--server.port=0",
                    "--KIEMCHUNG_ADMIN_PASSWORD=" + PASSWORD);
            try (ConfigurableApplicationContext a = new SpringApplicationBuilder(KiemchungApplication.class).run(props)) {
                TestClient apiA = new TestClient(port(a), "admin", PASSWORD);
                long dossier = apiA.dossier("Tỉnh Bạc Liêu", 2023);
                for (int i = 0; i < FILES_EACH; i++) {
                    apiA.uploadOk(dossier, "1.1", "a-" + i + ".txt", text("A", i));
                }
                // B starts while A is still reading: B must not take A's claims at start-up.
                try (ConfigurableApplicationContext b = new SpringApplicationBuilder(KiemchungApplication.class).run(props)) {
                    TestClient apiB = new TestClient(port(b), "admin", PASSWORD);
                    for (int i = 0; i < FILES_EACH; i++) {
                        apiB.uploadOk(dossier, "1.1", "b-" + i + ".txt", text("B", i));
                    }
                    JdbcClient jdbc = a.getBean(JdbcClient.class);
                    awaitAllRead(jdbc);

                    // A claim whose instance died an hour ago: taken over after the lease, read once more.
                    long orphan = jdbc.sql("select min(id) from evidence").query(Long.class).single();
                    jdbc.sql("update extraction_job set status = 'RUNNING', claimed_by = 'dead:1:0', "
                            + "claimed_at = now() - interval '1 hour' where evidence_id = ?").param(orphan).update();
                    awaitAllRead(jdbc);

                    Map<Long, Integer> attempts = jdbc.sql("select evidence_id, attempts from extraction_job order by evidence_id")
                            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    Map<Long, Integer> extracted = jdbc.sql("select evidence_id, count(*) from audit_event "
                                    + "where action = 'EVIDENCE_EXTRACTED' group by evidence_id")
                            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    List<String> byInstance = jdbc.sql("select split_part(detail, ' by ', 2) as who, count(*) from audit_event "
                            + "where action = 'EVIDENCE_EXTRACTED' group by who order by who")
                            .query((rs, n) -> rs.getString(1) + " ×" + rs.getInt(2)).list();
                    System.out.println("Extractions per instance: " + byInstance);
                    assertThat(attempts).hasSize(2 * FILES_EACH);
                    attempts.forEach((id, n) -> assertThat(n).as("claims of evidence " + id).isEqualTo(id == orphan ? 2 : 1));
                    extracted.forEach((id, n) -> assertThat(n).as("reads of evidence " + id).isEqualTo(id == orphan ? 2 : 1));
                    assertThat(extracted).hasSize(2 * FILES_EACH);
                }
            }
        }
    }

    private static void awaitAllRead(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            int open = jdbc.sql("select count(*) from extraction_job where status in ('PENDING', 'RUNNING')")
                    .query(Integer.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("extraction did not finish within 180 s");
    }

    private static byte[] text(String instance, int i) {
        return ("KẾ HOẠCH số " + instance + i + "/KH-UBND về chuyển đổi số năm 2023\n" + "Nội dung. ".repeat(100))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
