package vn.kiemchung.web;

import vn.kiemchung.accounts.SignInThrottle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * A refused form goes back to the page it came from — only when the Referer is exactly this app's
 * origin; a look-alike host, another port, user info or scheme sends it home instead of off-site.
 */
class RedirectTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        new TestClient(port, "admin", ADMIN_PASSWORD).post("/api/v1/admin/accounts",
                Map.of("username", "chuyen-huong", "password", Province.PASSWORD, "role", "LEADER"));
    }

    @AfterEach
    void forget() {
        throttle.forgetAll(); // each refused change below is a wrong current password, counted like a failed sign-in
    }

    @Test
    void aRefusedFormGoesBackOnlyToThisOrigin() throws Exception {
        TestClient browser = TestClient.browser(port).login("chuyen-huong", Province.PASSWORD);
        String own = "http://localhost:" + port + "/account/password?x=1";
        assertThat(refusedFrom(browser, own)).isEqualTo("/account/password?x=1");
        for (String foreign : new String[] {
                "http://localhost.evil.example/account", "http://localhost:" + port + ".evil.example/account",
                "http://localhost@evil.example/account", "http://localhost:" + port + "@evil.example/account",
                "https://localhost:" + port + "/account", "http://localhost:" + (port + 1) + "/account",
                "http://evil.example//localhost/account", "not a url"}) {
            assertThat(refusedFrom(browser, foreign)).as(foreign).isEqualTo("/");
        }
    }

    /** Where the app sends the browser after refusing a password change (wrong current password). */
    private String refusedFrom(TestClient browser, String referer) throws Exception {
        String body = "current=faux&password=mot-mat-khau-dai-du&confirm=mot-mat-khau-dai-du&_csrf="
                + URLEncoder.encode(browser.csrf("/account/password"), StandardCharsets.UTF_8);
        TestClient.Answer r = browser.send("POST", "/account/password", "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8), Map.of("Referer", referer, "Accept", "text/html"));
        String location = r.location();
        return location.replaceFirst("^http://localhost:" + port, "");
    }
}
