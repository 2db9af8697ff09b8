package vn.kiemchung.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;
import vn.kiemchung.evidence.EmbeddedS3Server;

/** Secrets stay out of logs and files; the prod profile refuses demo settings. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityTests {

    private static final String S3_SECRET = "s3-secret-Zq81mX4vLp0w";
    private static final String DB_PASSWORD = "db-password-Hn3K9sQe7R";
    private static final String CHOSEN_PASSWORD = "chosen-admin-Pw7vQ2xL";

    @Test
    void secretsAreNeverLoggedAndTheBootstrapPasswordNeverReachesDisk(@TempDir Path data, CapturedOutput output) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(KiemchungApplication.class).run(
                     "--kiemchung.database.embedded=false",
                     "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--spring.datasource.password=" + DB_PASSWORD,
                     "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                     "--kiemchung.storage.secret-key=" + S3_SECRET,
                     "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                     "--kiemchung.rules.watch=false",
                     "--logging.level.root=DEBUG",
                     "--logging.level.org.apache=INFO",
                     "--logging.level.org.eclipse.jetty=INFO",
                     "--logging.level.org.gaul=DEBUG",
                     "--server.port=0")) {
            Matcher m = Pattern.compile("one-time password: (\\S+) ").matcher(output.getAll());
            assertThat(m.find()).as("bootstrap password shown once").isTrue();
            String bootstrap = m.group(1);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestClient first = new TestClient(port, "admin", bootstrap);
            assertThat(first.get("/api/v1/dossiers").status()).as("the printed password must be changed first").isEqualTo(403);
            assertThat(first.post("/api/v1/account/password", java.util.Map.of("current", bootstrap,
                    "password", CHOSEN_PASSWORD)).status()).isEqualTo(200);
            assertThat(first.get("/api/v1/dossiers").status()).as("the printed password no longer works").isEqualTo(401);
            TestClient api = new TestClient(port, "admin", CHOSEN_PASSWORD);
            long dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
            api.uploadOk(dossier, "1.1", "a.txt", "Kế hoạch số 1/KH-UBND".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(new TestClient(port, "admin", "wrong-password").get("/api/v1/dossiers").status()).isEqualTo(401);
            // An S3 outage logs errors; still no secret in them.
            app.getBean(EmbeddedS3Server.class).stop();
            assertThat(api.upload(dossier, "1.1", "b.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                    .isEqualTo(503);
            app.getBean(EmbeddedS3Server.class).restart();

            String log = output.getAll();
            assertThat(log).doesNotContain(S3_SECRET).doesNotContain(DB_PASSWORD).doesNotContain(CHOSEN_PASSWORD);
            assertThat(log.lines().filter(l -> l.contains(bootstrap)).count())
                    .as("the bootstrap password is printed on one line, once").isEqualTo(1);
            assertThat(filesContaining(data, bootstrap)).as("files holding the bootstrap password").isEmpty();
            assertThat(filesContaining(data, S3_SECRET)).isEmpty();
        }
    }

    @Test
    void prodRefusesEmbeddedServers() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KiemchungApplication.class).profiles("prod").run(
                "--kiemchung.database.embedded=true", "--kiemchung.storage.embedded=true", "--server.port=0"))
                .hasMessageContaining("Refusing to start with the 'prod' profile")
                .hasMessageContaining("kiemchung.database.embedded=true")
                .hasMessageContaining("kiemchung.storage.embedded=true");
    }

    @Test
    void prodRefusesMissingAndDefaultSecretsWithoutPrintingThem() {
        // application-prod.yaml alone, no environment: everything is missing.
        assertThatThrownBy(() -> new SpringApplicationBuilder(KiemchungApplication.class).profiles("prod").run("--server.port=0"))
                .hasMessageContaining("KIEMCHUNG_DB_URL").hasMessageContaining("KIEMCHUNG_S3_ENDPOINT")
                .hasMessageContaining("KIEMCHUNG_S3_SECRET_KEY").hasMessageContaining("KIEMCHUNG_DB_PASSWORD");
        assertThatThrownBy(() -> new SpringApplicationBuilder(KiemchungApplication.class).profiles("prod").run(
                "--server.port=0", "--KIEMCHUNG_DB_URL=jdbc:postgresql://db/kiemchung", "--KIEMCHUNG_DB_USER=kiemchung",
                "--KIEMCHUNG_DB_PASSWORD=postgres", "--KIEMCHUNG_S3_ENDPOINT=http://minio:9000",
                "--KIEMCHUNG_S3_ACCESS_KEY=minioadmin", "--KIEMCHUNG_S3_SECRET_KEY=minioadmin",
                "--KIEMCHUNG_ADMIN_PASSWORD=demo-only"))
                .hasMessageContaining("spring.datasource.password (KIEMCHUNG_DB_PASSWORD) is a well-known default")
                .hasMessageContaining("KIEMCHUNG_S3_ACCESS_KEY) is a well-known default")
                .hasMessageContaining("KIEMCHUNG_S3_SECRET_KEY) is a well-known default")
                .hasMessageContaining("KIEMCHUNG_ADMIN_PASSWORD is a demo")
                .message().doesNotContain("minioadmin").doesNotContain("demo-only");
    }

    @Test
    void prodRefusesAFirstStartWithoutAnAdminPasswordAndStartsWithOne(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(data.resolve("s3"), 0, "prod-access-key", S3_SECRET)) {
            List<String> args = new ArrayList<>(List.of("--server.port=0",
                    "--KIEMCHUNG_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--KIEMCHUNG_DB_USER=postgres",
                    "--KIEMCHUNG_DB_PASSWORD=" + DB_PASSWORD, "--KIEMCHUNG_S3_ENDPOINT=" + s3.endpoint(),
                    "--KIEMCHUNG_S3_ACCESS_KEY=prod-access-key", "--KIEMCHUNG_S3_SECRET_KEY=" + S3_SECRET,
                    "--KIEMCHUNG_RULES=" + Path.of("rules").toAbsolutePath(), "--kiemchung.rules.watch=false"));
            assertThatThrownBy(() -> new SpringApplicationBuilder(KiemchungApplication.class).profiles("prod")
                    .run(args.toArray(String[]::new)))
                    .hasMessageContaining("there are no accounts and KIEMCHUNG_ADMIN_PASSWORD is not set");
            args.add("--KIEMCHUNG_ADMIN_PASSWORD=a-long-admin-password-2023");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KiemchungApplication.class).profiles("prod")
                    .run(args.toArray(String[]::new))) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                assertThat(new TestClient(port, "admin", "a-long-admin-password-2023").get("/api/v1/dossiers").status())
                        .isEqualTo(200);
            }
        }
    }

    /** Files under the folder whose bytes contain the secret (the database's files included). */
    private static List<Path> filesContaining(Path dir, String secret) throws IOException {
        byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    continue;
                }
                if (indexOf(bytes, needle) >= 0) {
                    hits.add(f);
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
