package vn.kiemchung.web.accounts;

import vn.kiemchung.accounts.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The admin's oversight of people and scripts: disabling an account stops its sign-in, its open
 * session and its API tokens; the admin revokes anyone's token; sign-ins and these changes are
 * in the audit trail.
 */
class AccountOversightTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    private TestClient admin;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionAndTokensStopUntilEnabledAgain() throws Exception {
        account("nghi-viec");
        String token = new TestClient(port, "nghi-viec", Province.PASSWORD).post("/api/v1/tokens", Map.of("name", "dong-bo"))
                .json().get("secret").asText();
        TestClient open = TestClient.browser(port).login("nghi-viec", Province.PASSWORD);
        assertThat(open.page("/dossiers").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/accounts/nghi-viec/disable", Map.of()).status()).isEqualTo(200);
        assertThat(TestClient.withToken(port, token).get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(new TestClient(port, "nghi-viec", Province.PASSWORD).get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(open.page("/dossiers").location()).as("the session opened before").endsWith("/login?disabled");
        assertThatThrownBy(() -> TestClient.browser(port).login("nghi-viec", Province.PASSWORD)).isInstanceOf(AssertionError.class);
        assertThat(TestClient.browser(port).login("admin", ADMIN_PASSWORD).page("/admin").body())
                .contains("nghi-viec").contains("Đã khóa");

        assertThat(admin.post("/api/v1/admin/accounts/nghi-viec/enable", Map.of()).status()).isEqualTo(200);
        assertThat(TestClient.withToken(port, token).get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(actions("nghi-viec")).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void anAdminCannotDisableTheirOwnAccountNorAnUnknownOne() throws Exception {
        assertThat(admin.post("/api/v1/admin/accounts/admin/disable", Map.of()).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/accounts/khong-co-ai/disable", Map.of()).status()).isEqualTo(404);
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).post("/api/v1/admin/accounts/can-bo-a/disable", Map.of())
                .status()).as("only the admin").isEqualTo(403);
    }

    @Test
    void theAdminSeesEveryonesTokensAndRevokesOne() throws Exception {
        account("ro-ri");
        String secret = new TestClient(port, "ro-ri", Province.PASSWORD).post("/api/v1/tokens", Map.of("name", "bi-lo"))
                .json().get("secret").asText();
        JsonNode listed = admin.get("/api/v1/admin/tokens").json();
        JsonNode mine = null;
        for (JsonNode row : listed) {
            if (row.get("username").asText().equals("ro-ri")) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(listed.toString()).doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));

        long id = mine.get("token").get("id").asLong();
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).delete("/api/v1/admin/tokens/" + id).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/admin/tokens/" + id).status()).isEqualTo(204);
        assertThat(TestClient.withToken(port, secret).get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/tokens").body()).doesNotContain("\"ro-ri\"");
        assertThat(admin.get("/api/v1/audit").body()).contains("bi-lo").contains("@ ro-ri");
    }

    @Test
    void aSignInWithTheFormIsInTheAuditTrailButScriptRequestsAreNot() throws Exception {
        account("dang-nhap");
        new TestClient(port, "dang-nhap", Province.PASSWORD).get("/api/v1/dossiers");
        assertThat(actions("dang-nhap")).doesNotContain("SIGNED_IN");
        TestClient.browser(port).login("dang-nhap", Province.PASSWORD);
        assertThat(actions("dang-nhap")).containsOnlyOnce("SIGNED_IN");
    }

    private void account(String username) throws Exception {
        TestClient.Answer made = admin.post("/api/v1/admin/accounts",
                Map.of("username", username, "password", Province.PASSWORD, "role", "COORDINATOR"));
        assertThat(made.status()).as(made.body()).isIn(201, 200);
    }

    /** The actions the trail holds by or about an account. */
    private List<String> actions(String username) throws Exception {
        List<String> actions = new ArrayList<>();
        for (JsonNode e : admin.get("/api/v1/audit").json()) {
            if (username.equals(e.path("actor").asText()) || username.equals(e.path("detail").asText())) {
                actions.add(e.path("action").asText());
            }
        }
        return actions;
    }
}
