package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.evidence.ApiClient;

class OpenApiTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Test
    void describesTheContractEndpointsBehindTheLogin() throws Exception {
        var docs = new ApiClient(port, "admin", ADMIN_PASSWORD).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("kiemchung API").contains("/api/v1/dossiers").contains("/api/v1/dossiers/{id}/evidence")
                .contains("/api/v1/evidence/{id}/content").contains("/api/v1/dossiers/{id}/report");
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
    }
}
