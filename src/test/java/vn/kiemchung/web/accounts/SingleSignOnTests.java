package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;

/**
 * Single sign-on walked for real, as a browser would: the app is started with kiemchung.oidc.*
 * pointing at a fake OpenID Connect provider, and every redirect is followed by hand. The provider
 * proves who someone is; the account, its name and its role come from the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTests {

    private static final String ADMIN_PASSWORD = "sso-admin-password";
    private static final String PASSWORD = "mat-khau-sso-123";

    private static FakeIdentityProvider provider;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void providerAndApp() throws Exception {
        provider = new FakeIdentityProvider();
        // The app must start, and keep working with passwords, while the provider is down.
        provider.down(true);
        Path data = Files.createTempDirectory("kiemchung-sso");
        app = new SpringApplicationBuilder(KiemchungApplication.class).run(
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false",
                "--server.port=0",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--kiemchung.oidc.issuer-uri=" + provider.issuer(),
                "--kiemchung.oidc.client-id=" + FakeIdentityProvider.CLIENT_ID,
                "--kiemchung.oidc.client-secret=" + FakeIdentityProvider.CLIENT_SECRET,
                "--kiemchung.oidc.display-name=Đăng nhập bằng tài khoản công vụ");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        TestClient admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        for (String user : new String[] {"dieu-phoi", "da-nghi-viec"}) {
            TestClient.Answer made = admin.post("/api/v1/admin/accounts", Map.of("username", user, "password", PASSWORD, "role", "COORDINATOR"));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        app.getBean(JdbcClient.class).sql("update app_user set enabled = false where username = 'da-nghi-viec'").update();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    @Order(1)
    void aProviderThatIsDownSendsPeopleBackToTheLoginPageAndIsTriedAgainLater() throws Exception {
        TestClient browser = TestClient.browser(port);
        TestClient.Answer start = browser.page("/oauth2/authorization/" + IssuerClientRegistration.ID);
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).endsWith("/login?sso-unavailable");
        assertThat(browser.page(start.location()).body()).contains("Không kết nối được dịch vụ đăng nhập một lần");
        browser.login("dieu-phoi", PASSWORD);
        assertThat(browser.page("/dossiers").status()).isEqualTo(200);

        provider.down(false);
        provider.signInAs("dieu-phoi");
        assertThat(signIn(TestClient.browser(port))).doesNotContain("sso");
    }

    @Test
    @Order(2)
    void anIdentityWithAnAccountSignsInAsThatAccountWithItsRoleOnly() throws Exception {
        TestClient browser = TestClient.browser(port);
        TestClient.Answer login = browser.page("/login");
        assertThat(login.body()).contains("href=\"/oauth2/authorization/sso\"").contains("Đăng nhập bằng tài khoản công vụ");

        provider.signInAs("dieu-phoi");
        assertThat(signIn(browser)).doesNotContain("error");
        TestClient.Answer dossiers = browser.page("/dossiers");
        assertThat(dossiers.status()).isEqualTo(200);
        assertThat(dossiers.body()).contains("Đăng nhập: dieu-phoi (Điều phối viên)").doesNotContain("sub-dieu-phoi");
        // The provider says ADMIN; the account says COORDINATOR, and only the account counts.
        assertThat(browser.page("/admin").status()).isEqualTo(403);

        TestClient.Answer created = browser.postForm("/dossiers", Map.of("province", "Tỉnh Lai Châu", "year", "2024",
                "_csrf", browser.csrf("/dossiers")));
        assertThat(created.status()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/dossiers/", ""));
        // Scripts are unaffected: a wrong password is still 401, not a redirect to the provider.
        assertThat(new TestClient(port, "dieu-phoi", "sai-mat-khau").get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(new TestClient(port, "dieu-phoi", PASSWORD).get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(app.getBean(JdbcClient.class).sql("select created_by from dossier where id = ?").param(id)
                .query(String.class).single()).isEqualTo("dieu-phoi");
    }

    @Test
    @Order(3)
    void anIdentityWithoutAnAccountOrWithADisabledOneIsRefusedOnTheLoginPage() throws Exception {
        for (String stranger : new String[] {"nguoi-la", "da-nghi-viec"}) {
            TestClient browser = TestClient.browser(port);
            provider.signInAs(stranger);
            String landing = signIn(browser);
            assertThat(landing).as(stranger).endsWith("/login?sso-error");
            TestClient.Answer page = browser.page(landing);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("chưa có tài khoản đang hoạt động").contains("no active account");
            TestClient.Answer dossiers = browser.page("/dossiers");
            assertThat(dossiers.status()).isEqualTo(302);
            assertThat(dossiers.location()).endsWith("/login");
        }
        TestClient.Answer english = TestClient.browser(port).page("/login?sso-error&lang=en");
        assertThat(english.body()).contains("Single sign-on worked, but this person has no active account");
    }

    /** App → provider → app's callback; answers where the callback sends the browser. */
    private static String signIn(TestClient browser) throws Exception {
        TestClient.Answer start = browser.page("/oauth2/authorization/" + IssuerClientRegistration.ID);
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).startsWith(provider.issuer() + "/authorize?");
        TestClient.Answer atProvider = browser.page(start.location());
        assertThat(atProvider.status()).as(atProvider.body()).isEqualTo(302);
        assertThat(atProvider.location()).startsWith("http://localhost:" + port + "/login/oauth2/code/sso?code=");
        TestClient.Answer callback = browser.page(atProvider.location());
        assertThat(callback.status()).isEqualTo(302);
        return callback.location();
    }
}
