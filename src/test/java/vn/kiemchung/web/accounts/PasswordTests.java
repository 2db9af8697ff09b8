package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.accounts.AccountRefusedException;
import vn.kiemchung.accounts.PasswordPolicy;
import vn.kiemchung.review.Province;

/**
 * Passwords: weak ones are refused (short, the username, common ones however decorated); people
 * change their own, proving the current one; an admin's reset must be changed at the next sign-in,
 * and until then the account reaches nothing else. (The printed bootstrap password's forced change is
 * in robustness.SecurityTests, which starts the app without KIEMCHUNG_ADMIN_PASSWORD.)
 */
class PasswordTests extends ServerTestSupport {

    private static final String NEW_PASSWORD = "cay-tre-xanh-ven-song";

    @LocalServerPort
    int port;

    private TestClient admin;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonInBothLanguages() throws Exception {
        for (String weak : new String[] {"password", "12345678", "ngan-qua", "nguoi-dung-yeu", "Nguoi.Dung.Yeu99", "Password123!",
                "Mật khẩu 2024", "matkhau@2024!!", "aaaaaaaaaaaaaaa", "123456789012345", "qwertyuiop1234"}) {
            TestClient.Answer refused = admin.post("/api/v1/admin/accounts", Map.of("username", "nguoi-dung-yeu", "password", weak, "role", "LEADER"));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().get("detail").asText()).as(weak).isNotBlank();
            assertThat(refused.json().get("detailVi").asText()).as(weak).isNotBlank();
        }
        assertThat(admin.post("/api/v1/admin/accounts", Map.of("username", "nguoi-dung-yeu", "password", "song-hong-chay-qua-ha-noi",
                "role", "LEADER")).status()).isEqualTo(201);
    }

    @Test
    void thePolicyComparesWithoutCaseDiacriticsOrDecoration() {
        assertThatThrownBy(() -> PasswordPolicy.check("x", "MậtKhẩu#2025")).isInstanceOf(AccountRefusedException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("tran.van.ba", "TranVanBa1990")).isInstanceOf(AccountRefusedException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x", "ĐĂNGNHẬP-2025")).isInstanceOf(AccountRefusedException.class);
        PasswordPolicy.check("tran.van.ba", "mua-thu-la-vang-roi");
    }

    @Test
    void someoneChangesTheirOwnPasswordProvingTheCurrentOne() throws Exception {
        account("doi-mat-khau");
        TestClient me = new TestClient(port, "doi-mat-khau", Province.PASSWORD);
        assertThat(me.post("/api/v1/account/password", Map.of("current", "khong-dung-dau", "password", NEW_PASSWORD)).status())
                .isEqualTo(400);
        assertThat(me.post("/api/v1/account/password", Map.of("current", Province.PASSWORD, "password", "password1")).status())
                .isEqualTo(400);
        assertThat(me.post("/api/v1/account/password", Map.of("current", Province.PASSWORD, "password", NEW_PASSWORD)).status())
                .isEqualTo(200);
        assertThat(me.get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(new TestClient(port, "doi-mat-khau", NEW_PASSWORD).get("/api/v1/dossiers").status()).isEqualTo(200);

        TestClient browser = TestClient.browser(port).login("doi-mat-khau", NEW_PASSWORD);
        TestClient.Answer changed = browser.postForm("/account/password", Map.of("current", NEW_PASSWORD, "password",
                "mot-mat-khau-khac-han", "confirm", "mot-mat-khau-khac-han", "_csrf", browser.csrf("/account/password")));
        assertThat(changed.location()).endsWith("/account");
        assertThat(new TestClient(port, "doi-mat-khau", "mot-mat-khau-khac-han").get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit").body()).contains("PASSWORD_CHANGED");
    }

    @Test
    void anAdminResetMustBeChangedAtTheNextSignInAndUntilThenNothingElseWorks() throws Exception {
        account("quen-mat-khau");
        TestClient open = TestClient.browser(port).login("quen-mat-khau", Province.PASSWORD);
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).post("/api/v1/admin/accounts/quen-mat-khau/password",
                Map.of("password", "tam-thoi-do-admin-dat")).status()).as("only the admin").isEqualTo(403);
        assertThat(admin.post("/api/v1/admin/accounts/quen-mat-khau/password", Map.of("password", "1234")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/admin/accounts/quen-mat-khau/password", Map.of("password", "tam-thoi-do-admin-dat")).status())
                .isEqualTo(200);

        TestClient reset = new TestClient(port, "quen-mat-khau", "tam-thoi-do-admin-dat");
        TestClient.Answer blocked = reset.get("/api/v1/dossiers");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("code").asText()).isEqualTo("password-change-required");
        assertThat(open.page("/dossiers").location()).as("a session opened before the reset")
                .endsWith("/account/password");
        TestClient browser = TestClient.browser(port).login("quen-mat-khau", "tam-thoi-do-admin-dat");
        assertThat(browser.page("/dossiers").location()).endsWith("/account/password");
        assertThat(browser.page("/account/password").body()).contains("id=\"password-forced\"");

        TestClient.Answer changed = browser.postForm("/account/password", Map.of("current", "tam-thoi-do-admin-dat",
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD, "_csrf", browser.csrf("/account/password")));
        assertThat(changed.location()).endsWith("/account");
        assertThat(browser.page("/dossiers").status()).isEqualTo(200);
        assertThat(new TestClient(port, "quen-mat-khau", NEW_PASSWORD).get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit").body()).contains("PASSWORD_RESET");
    }

    @Test
    void theAdminPageResetsAPasswordToo() throws Exception {
        account("quen-lan-hai");
        TestClient adminPage = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        TestClient.Answer reset = adminPage.postForm("/admin/accounts/quen-lan-hai/password",
                Map.of("password", "tam-thoi-qua-trang-admin", "_csrf", adminPage.csrf("/admin")));
        assertThat(reset.location()).endsWith("/admin");
        assertThat(new TestClient(port, "quen-lan-hai", "tam-thoi-qua-trang-admin").get("/api/v1/dossiers").status()).isEqualTo(403);
    }

    private void account(String username) throws Exception {
        TestClient.Answer made = admin.post("/api/v1/admin/accounts", Map.of("username", username, "password", Province.PASSWORD, "role", "COORDINATOR"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
}
