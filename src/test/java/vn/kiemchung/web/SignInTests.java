package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    @Test
    void theLockGrowsWithEachFailureUpToACeilingAndThenExpires() {
        MutableClock clock = new MutableClock();
        SignInThrottle t = new SignInThrottle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(t.failed("a", "10.0.0.1")).isFalse();
        }
        assertThat(t.locked("a", "10.0.0.9")).isEmpty();
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            assertThat(t.failed("A", "10.0.0.1")).as("the same account, whatever the case").isTrue();
            locks.add(t.locked("a", "10.0.0.9").orElseThrow());
        }
        assertThat(locks).startsWith(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240));
        assertThat(locks.get(locks.size() - 1)).isEqualTo(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(t.locked("a", "10.0.0.9")).isEmpty();
        t.succeeded("a");
        assertThat(t.failed("a", "10.0.0.9")).as("a success starts the account's count again").isFalse();
    }

    private TestClient.Answer form(String user, String password) throws Exception {
        TestClient browser = TestClient.browser(port);
        return browser.postForm("/login", Map.of("username", user, "password", password, "_csrf", browser.csrf("/login")));
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
