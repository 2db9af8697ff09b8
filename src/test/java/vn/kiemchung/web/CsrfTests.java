package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * Another site's page makes the signed-in browser send API requests: the session cookie goes along,
 * the CSRF token cannot. Each attack is refused (403) while the same request with the token — as the
 * app's own pages send it — or from a script with Basic or a token reaches the controller.
 */
class CsrfTests extends ServerTestSupport {

    private static final Map<String, String> FOREIGN = Map.of("Origin", "http://evil.example", "Referer", "http://evil.example/x");

    @LocalServerPort
    int port;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void aCoordinatorsSessionCannotBeMadeToStartAReviewFromAnotherSite() throws Exception {
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        new TestClient(port, "can-bo-a", Province.PASSWORD).upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE);
        assertThat(new TestClient(port, "can-bo-a", Province.PASSWORD)
                .post("/api/v1/review/dossiers/" + dossier + "/items/1.4/submit", null).status()).isEqualTo(200);
        TestClient browser = TestClient.browser(port).login("dieu-phoi", Province.PASSWORD);
        String start = "/api/v1/review/dossiers/" + dossier + "/items/1.4/start";

        TestClient.Answer forged = browser.send("POST", start, "application/x-www-form-urlencoded", new byte[0], FOREIGN);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).get("/api/v1/review/dossiers/" + dossier + "/items/1.4")
                .json().get("status").asText()).as("nothing started").isEqualTo("SUBMITTED");

        TestClient.Answer ownPage = browser.send("POST", start, null, null, Map.of("X-CSRF-TOKEN", browser.csrf("/dossiers")));
        assertThat(ownPage.status()).as(ownPage.body()).isEqualTo(200);
    }

    @Test
    void anAdminsSessionCannotBeMadeToDisableAnAccountWithAPlainTextBody() throws Exception {
        new TestClient(port, "admin", ADMIN_PASSWORD).post("/api/v1/admin/accounts",
                Map.of("username", "muc-tieu", "password", Province.PASSWORD, "role", "LEADER"));
        TestClient browser = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        TestClient.Answer forged = browser.send("POST", "/api/v1/admin/accounts/muc-tieu/disable", "text/plain",
                "{}".getBytes(StandardCharsets.UTF_8), FOREIGN);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(new TestClient(port, "muc-tieu", Province.PASSWORD).get("/api/v1/dossiers").status()).as("still enabled").isEqualTo(200);

        assertThat(browser.send("POST", "/api/v1/admin/accounts/muc-tieu/disable", "text/plain", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("X-CSRF-TOKEN", browser.csrf("/admin"))).status()).isEqualTo(200);
        new TestClient(port, "admin", ADMIN_PASSWORD).post("/api/v1/admin/accounts/muc-tieu/enable", Map.of());
    }

    @Test
    void aRuleAuthorsSessionCannotBeMadeToPublishAMultipartTable() throws Exception {
        TestClient browser = TestClient.browser(port).login("tac-gia-luat", Province.PASSWORD);
        Multipart body = new Multipart().field("folder", "1/1.1-steering-committee-head")
                .file("file", "bang.drl", "rule \"x\" when then end".getBytes(StandardCharsets.UTF_8));
        assertThat(browser.send("POST", "/api/v1/rules/2023/tables", body.contentType(), body.bytes(), FOREIGN).status())
                .isEqualTo(403);
        TestClient.Answer withToken = browser.send("POST", "/api/v1/rules/2023/tables", body.contentType(), body.bytes(),
                Map.of("X-CSRF-TOKEN", browser.csrf("/rules")));
        assertThat(withToken.status()).as("reaches the controller, which refuses DRL").isEqualTo(422);
    }

    @Test
    void scriptsWithBasicOrATokenNeedNoCsrfToken() throws Exception {
        TestClient basic = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        assertThat(basic.dossier(2023)).as("created (201)").isPositive();
        String token = basic.post("/api/v1/tokens", Map.of("name", "csrf-kiem-tra")).json().get("secret").asText();
        assertThat(TestClient.withToken(port, token).dossier(2023)).as("created (201)").isPositive();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        TestClient.Answer login = TestClient.browser(port).page("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
    }
}
