package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

class OpenApiTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Test
    void describesTheContractEndpointsBehindTheLogin() throws Exception {
        var docs = new TestClient(port, "admin", ADMIN_PASSWORD).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("kiemchung API").contains("/api/v1/dossiers").contains("/api/v1/dossiers/{id}/evidence")
                .contains("/api/v1/evidence/{id}/content").contains("/api/v1/dossiers/{id}/report");
        var anonymous = TestClient.anonymous(port).get("/v3/api-docs");
        assertThat(anonymous.status()).isIn(302, 401, 403);
    }
}
