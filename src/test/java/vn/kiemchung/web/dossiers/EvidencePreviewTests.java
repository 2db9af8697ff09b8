package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.Readings;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/** The preview: PDFs and images inline but sandboxed, anything else only as a download, text and fields beside; scoped like downloads. */
class EvidencePreviewTests extends ServerTestSupport {

    private static final Path SAMPLE_PDF =
            Path.of("sample-evidence", "bac-lieu-2023", "2.9", "Quyết định 1742 thành lập Trung tâm Chuyển đổi số tỉnh.pdf");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long dossier;
    private TestClient officerApi;
    private TestClient officerA;

    @BeforeEach
    void dossier() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        officerApi = new TestClient(port, "can-bo-a", Province.PASSWORD);
        officerA = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
    }

    @Test
    void aPdfIsServedInlineButSandboxedAndNeverSniffed() throws Exception {
        byte[] pdf = Files.readAllBytes(SAMPLE_PDF);
        long id = officerApi.uploadOk(dossier, "1.4", SAMPLE_PDF.getFileName().toString(), pdf).get("id").asLong();

        TestClient.Answer r = officerA.get("/evidence/" + id + "/preview");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bytes()).isEqualTo(pdf);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline;").contains("UTF-8''Quy%E1%BA%BFt");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).isEqualTo("sandbox; frame-ancestors 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");

        String page = officerA.page("/dossiers/" + dossier + "/components/1.4/evidence/" + id).body();
        assertThat(page).contains("<iframe").contains("src=\"/evidence/" + id + "/preview\"");
    }

    @Test
    void htmlIsNeverShownInlineOnlyDownloaded() throws Exception {
        byte[] html = "<html><body><script>fetch('/api/v1/dossiers')</script>Kế hoạch</body></html>".getBytes(StandardCharsets.UTF_8);
        long id = officerApi.uploadOk(dossier, "1.4", "trang.html", html).get("id").asLong();

        TestClient.Answer r = officerA.get("/evidence/" + id + "/preview");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
        assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        assertThat(officerA.page("/dossiers/" + dossier + "/components/1.4/evidence/" + id).body()).doesNotContain("<iframe");
    }

    @Test
    void anotherDepartmentsOfficerFindsNeitherThePreviewNorItsPage() throws Exception {
        long id = officerApi.uploadOk(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8))
                .get("id").asLong();
        TestClient officerB = TestClient.browser(port).login("can-bo-b", Province.PASSWORD);

        assertThat(officerB.get("/evidence/" + id + "/preview").status()).isEqualTo(404);
        assertThat(officerB.page("/dossiers/" + dossier + "/components/1.4/evidence/" + id).status()).isEqualTo(404);
        // the right file under another component's address is not found either
        assertThat(officerA.page("/dossiers/" + dossier + "/components/1.1/evidence/" + id).status()).isEqualTo(404);
        assertThat(officerA.get("/evidence/" + id + "/preview").status()).isEqualTo(200);
    }

    @Test
    void aTextDocumentsPreviewShowsItsTextBesideTheFieldsRead() throws Exception {
        long id = officerApi.uploadOk(dossier, "1.4", "Thông báo 36.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8))
                .get("id").asLong();
        Readings.awaitFile(jdbc, id);

        String page = officerA.page("/dossiers/" + dossier + "/components/1.4/evidence/" + id).body();

        assertThat(page).contains("id=\"preview-text\"").contains("chuyên mục Chuyển đổi số");
        assertThat(page).contains("id=\"preview-fields\"").contains("36/TB-UBND").contains("Nguyễn Văn An").contains("2023-03-15");
        assertThat(officerA.page("/dossiers/" + dossier + "/components/1.4").body())
                .contains("href=\"/dossiers/" + dossier + "/components/1.4/evidence/" + id + "\"");
    }

    @Test
    void excerptsStopAtThreeThousandCharactersWithoutBreakingACharacter() {
        String text = "\uD83D\uDCC4".repeat(3001);
        String excerpt = EvidencePreview.excerpt(text);
        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(3001);
        assertThat(excerpt).endsWith("\uD83D\uDCC4…");
        assertThat(EvidencePreview.excerpt("trang 1\ftrang 2")).isEqualTo("trang 1\ntrang 2");
    }

}
