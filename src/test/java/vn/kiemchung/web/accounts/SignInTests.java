package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.accounts.SignInThrottle;
import vn.kiemchung.review.Province;

/**
 * Guessing passwords: wrong form and Basic sign-ins are recorded in the audit trail and, after a few,
 * lock the account — then the address — for a time that grows with each failure; while locked even
 * the right password is refused, the login page says for how long and a script gets 429.
 */
class SignInTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    private TestClient admin;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        throttle.forgetAll();
    }

    @AfterEach
    void forget() {
        throttle.forgetAll(); // the other tests share this server and the loopback address
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOneAndAreAudited() throws Exception {
        admin.post("/api/v1/admin/accounts", Map.of("username", "bi-doan", "password", Province.PASSWORD, "role", "LEADER"));
        for (int i = 0; i < 3; i++) {
            TestClient.Answer r = form("bi-doan", "doan-sai-" + i);
            assertThat(r.location()).endsWith("/login?error");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(new TestClient(port, "bi-doan", "doan-sai-basic-" + i).get("/api/v1/dossiers").status()).isEqualTo(401);
        }
        TestClient.Answer right = form("bi-doan", Province.PASSWORD);
        String location = right.location();
        assertThat(location).contains("/login?locked=");
        String page = TestClient.browser(port).page(location).body();
        assertThat(page).contains("id=\"login-locked\"").contains("Quá nhiều lần đăng nhập sai");

        TestClient.Answer basic = new TestClient(port, "bi-doan", Province.PASSWORD).get("/api/v1/dossiers");
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.json().get("detailVi").asText()).contains("thử lại sau");

        List<String> trail = new ArrayList<>();
        for (JsonNode e : admin.get("/api/v1/audit").json()) {
            if ("bi-doan".equals(e.path("actor").asText())) {
                trail.add(e.path("action").asText() + " " + e.path("detail").asText());
            }
        }
        assertThat(trail).anyMatch(t -> t.startsWith("SIGN_IN_FAILED form from"))
                .anyMatch(t -> t.startsWith("SIGN_IN_FAILED basic from"))
                .anyMatch(t -> t.startsWith("SIGN_IN_LOCKED"));
        assertThat(trail).noneMatch(t -> t.contains(Province.PASSWORD) || t.contains("doan-sai"));
        assertThat(trail).noneMatch(t -> t.startsWith("SIGNED_IN"));
    }

    @Test
    void guessingTheCurrentPasswordOnThePasswordChangeIsThrottledToo() throws Exception {
        admin.post("/api/v1/admin/accounts", Map.of("username", "doan-qua-doi", "password", Province.PASSWORD, "role", "LEADER"));
        TestClient session = new TestClient(port, "doan-qua-doi", Province.PASSWORD);
        for (int i = 0; i < 6; i++) {
            assertThat(session.post("/api/v1/account/password", Map.of("current", "doan-" + i, "password", "mot-mat-khau-moi-dai"))
                    .status()).isEqualTo(400);
        }
        assertThat(session.post("/api/v1/account/password", Map.of("current", Province.PASSWORD, "password", "mot-mat-khau-moi-dai"))
                .status()).isEqualTo(429);
    }

    @Test
    void manyWrongPasswordsFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        for (int i = 0; i < 21; i++) {
            new TestClient(port, "khong-co-" + i, "doan-sai").get("/api/v1/dossiers");
        }
        assertThat(new TestClient(port, "lanh-dao", Province.PASSWORD).get("/api/v1/dossiers").status()).isEqualTo(429);
        assertThat(form("lanh-dao", Province.PASSWORD).location()).contains("/login?locked=");
    }

    private TestClient.Answer form(String user, String password) throws Exception {
        TestClient browser = TestClient.browser(port);
        return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", browser.csrf("/login")));
    }
}
