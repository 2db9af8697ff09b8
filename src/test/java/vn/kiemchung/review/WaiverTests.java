package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/**
 * A coordinator who uploaded a file themselves — even if an officer submitted the component — may
 * neither waive its findings nor decide on the component; another coordinator may.
 */
class WaiverTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void aCoordinatorCannotWaiveOrDecideOnAFileTheyUploaded() throws Exception {
        TestClient uploader = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        TestClient other = new TestClient(port, "dieu-phoi-2", Province.PASSWORD);
        TestClient officer = new TestClient(port, "can-bo-a", Province.PASSWORD);
        long dossier = uploader.dossier(2023);
        TestClient.Answer uploaded = uploader.upload(dossier, "1.4", "thong-bao-tu-tai.txt", Province.UNSIGNED_NOTICE);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String items = "/api/v1/review/dossiers/" + dossier + "/items/1.4";
        assertThat(officer.post(items + "/submit", null).status()).isEqualTo(200);

        Map<String, String> waiver = Map.of("indicator", "1.4", "code", "SIGNATURE_MISSING",
                "document", "1.4/thong-bao-tu-tai.txt", "justification", "Đã đối chiếu bản gốc có chữ ký");
        TestClient.Answer own = uploader.post("/api/v1/review/dossiers/" + dossier + "/waivers", waiver);
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(own.json().get("detailVi").asText()).contains("tải lên");
        assertThat(uploader.post(items + "/start", null).status()).isEqualTo(403);
        assertThat(uploader.post(items + "/accept", null).status()).isEqualTo(403);

        assertThat(other.post("/api/v1/review/dossiers/" + dossier + "/waivers", waiver).status()).isEqualTo(201);
        assertThat(other.post(items + "/start", null).status()).isEqualTo(200);
    }
}
