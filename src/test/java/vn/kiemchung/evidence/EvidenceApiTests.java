package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

class EvidenceApiTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void healthIsUpWithoutLogin() throws Exception {
        TestClient.Answer r = TestClient.anonymous(port).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void uploadedFileWithVietnameseNameDownloadsByteIdentical() throws Exception {
        long dossier = sharedDossier();
        byte[] bytes = randomBytes(300_000, 7);
        JsonNode uploaded = upload(dossier, "1.1", "Quyết định 412 kiện toàn BCĐ.pdf", bytes);
        assertThat(uploaded.get("sha256").asText()).hasSize(64);

        TestClient.Answer download = admin().download(uploaded.get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''Quy%E1%BA%BFt");
        assertThat(jdbc.sql("select file_name from evidence where id = ?").param(uploaded.get("id").asLong())
                .query(String.class).single()).isEqualTo("Quyết định 412 kiện toàn BCĐ.pdf");
    }

    @Test
    void progressEventsEndWhenEveryFileIsRead() throws Exception {
        long dossier = createDossier();
        upload(dossier, "1.1", "một.txt", "Quyết định về chuyển đổi số".getBytes(StandardCharsets.UTF_8));
        upload(dossier, "1.2", "hai.txt", "Thông báo kết luận".getBytes(StandardCharsets.UTF_8));
        // events() fails the test unless the stream answers 200
        java.util.List<String> lines = admin().events("/api/v1/dossiers/" + dossier + "/progress", java.time.Duration.ofSeconds(60)).toList();
        assertThat(lines).contains("event:done");
        assertThat(String.join("\n", lines)).contains("\"DONE\":2");
    }

    @Test
    void anonymousDownloadIsRefused() throws Exception {
        long dossier = sharedDossier();
        JsonNode uploaded = upload(dossier, "1.1", "a.txt", "nội dung".getBytes(StandardCharsets.UTF_8));
        TestClient.Answer r = TestClient.anonymous(port).download(uploaded.get("id").asLong());
        assertThat(r.status()).isIn(401, 403);
    }

    @Test
    void sameBytesUploadedTwiceAreStoredOnce() throws Exception {
        long dossier = sharedDossier();
        byte[] bytes = randomBytes(10_000, 42);
        JsonNode a = upload(dossier, "1.1", "first.pdf", bytes);
        JsonNode b = upload(dossier, "2.1", "second.pdf", bytes);
        assertThat(a.get("sha256").asText()).isEqualTo(b.get("sha256").asText());
        assertThat(a.get("id").asLong()).isNotEqualTo(b.get("id").asLong());
        assertThat(jdbc.sql("select count(*) from stored_object where sha256 = ?").param(a.get("sha256").asText())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reportHasEveryKeyOfTheContract() throws Exception {
        long dossier = createDossier();
        upload(dossier, "1.1", "quyet-dinh.txt", "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\nQUYẾT ĐỊNH về chuyển đổi số".getBytes(StandardCharsets.UTF_8));
        upload(dossier, "9.99", "lac-cho.txt", "khác".getBytes(StandardCharsets.UTF_8));
        TestClient.Answer r = admin().get("/api/v1/dossiers/" + dossier + "/report");
        assertThat(r.status()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        for (String key : new String[] {"province", "year", "rulesetVersion", "projectedScore", "maxScore", "indicators", "documents"}) {
            assertThat(report.has(key)).as(key).isTrue();
        }
        assertThat(report.get("rulesetVersion").asText()).startsWith("2023@");
        assertThat(r.body()).contains("UNKNOWN_INDICATOR").contains("EVIDENCE_MISSING");
        JsonNode doc = report.get("documents").get(0);
        for (String key : new String[] {"path", "sha256", "mediaType", "docType", "number", "issuer", "issuedOn", "signed"}) {
            assertThat(doc.has(key)).as(key).isTrue();
        }
    }

    @Test
    void unknownDossierAnswers404WithAReasonInBothLanguages() throws Exception {
        TestClient.Answer r = admin().get("/api/v1/dossiers/999999/report");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("detailVi").contains("not found");
    }

    @Test
    void emptyUploadIsRejectedNamingTheFile() throws Exception {
        long dossier = sharedDossier();
        TestClient.Answer r = admin().upload(dossier, "1.1", "rỗng.pdf", new byte[0]);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("rỗng.pdf");
    }

    private static long shared;

    /** One dossier for the tests that do not count what it holds (a province has one dossier per year). */
    private long sharedDossier() throws Exception {
        if (shared == 0) {
            shared = createDossier();
        }
        return shared;
    }

    /** A new 2023 dossier for the next province without one (a province has one dossier per year). */
    private long createDossier() throws Exception {
        return admin().dossier(2023);
    }

    private JsonNode upload(long dossier, String indicator, String name, byte[] bytes) throws Exception {
        TestClient.Answer r = admin().upload(dossier, indicator, name, bytes);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private TestClient admin() {
        return new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    /** Random bytes after a PDF header: accepted by content type, and unique per seed. */
    static byte[] randomBytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }
}
