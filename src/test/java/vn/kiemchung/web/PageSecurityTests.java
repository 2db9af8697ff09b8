package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/** The pages as a browser session meets them: form login, CSRF on every form, scoping, and the language switch. */
class PageSecurityTests extends ServerTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private TestClient session;

    @BeforeEach
    void browserLikeSession() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        session = TestClient.browser(port);
    }

    @Test
    void pagesNeedTheLoginFormAndTheFormNeedsItsCsrfToken() throws Exception {
        TestClient.Answer anonymous = get("/dossiers");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        assertThat(post("/login", Map.of("username", "dieu-phoi", "password", Province.PASSWORD)).status()).isEqualTo(403);
        login("dieu-phoi");
        assertThat(get("/dossiers").status()).isEqualTo(200);
        TestClient.Answer forged = post("/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", "2023"));
        assertThat(forged.status()).isEqualTo(403);
        // a province no other test takes: one dossier per province and year
        TestClient.Answer created = post("/dossiers", Map.of("province", "Tỉnh Sơn La", "year", "2024",
                "_csrf", token("/dossiers")));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).matches(".*/dossiers/\\d+");
    }

    @Test
    void anOfficerSeesAnotherDepartmentsComponentPageAsNotFound() throws Exception {
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        new TestClient(port, "can-bo-b", Province.PASSWORD).upload(dossier, "1.2", "ket-luan.txt", Province.SIGNED_NOTICE);
        login("can-bo-a");
        assertThat(get("/dossiers/" + dossier + "/components/1.2").status()).isEqualTo(404);
        TestClient.Answer own = get("/dossiers/" + dossier + "/components/1.4");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Tải lên tài liệu").contains("for=\"files\"");
        assertThat(get("/dossiers/" + dossier).body()).doesNotContain("ket-luan.txt");
        assertThat(get("/dossiers/" + dossier + "/audit").status()).isEqualTo(403);
        assertThat(get("/admin").status()).isEqualTo(403);
    }

    @Test
    void aLeaderReadsTheDashboardInEnglishButCannotDecide() throws Exception {
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        login("lanh-dao");
        TestClient.Answer vi = get("/dossiers/" + dossier);
        assertThat(vi.body()).contains("Điểm dự kiến").contains("lang=\"vi\"")
                .contains("Theo đơn vị chủ trì").contains("Sở Thông tin và Truyền thông").contains("Văn phòng UBND tỉnh")
                .contains("(chưa giao đơn vị)");
        TestClient.Answer en = get("/dossiers/" + dossier + "?lang=en");
        assertThat(en.body()).contains("Projected score").contains("Fix first").contains("lang=\"en\"")
                .contains("By lead department");
        assertThat(get("/dossiers/" + dossier + "/review").body()).contains("Review queue").doesNotContain("bulk-accept");
        TestClient.Answer decide = post("/dossiers/" + dossier + "/review/1.4/accept",
                Map.of("_csrf", token("/dossiers/" + dossier + "/review")));
        assertThat(decide.status()).isEqualTo(403);
        assertThat(get("/dossiers/" + dossier + "/audit.csv").body()).startsWith("\uFEFFid,at,actor,action");
    }

    private void login(String user) throws Exception {
        TestClient.Answer r = post("/login", Map.of("username", user, "password", Province.PASSWORD, "_csrf", token("/login")));
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String token(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        assertThat(m.find()).as("a CSRF field on " + page).isTrue();
        return m.group(1);
    }

    private TestClient.Answer get(String path) throws Exception {
        return session.page(path);
    }

    private TestClient.Answer post(String path, Map<String, String> form) throws Exception {
        return session.postForm(path, form);
    }
}
