package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    private HttpClient session;

    @BeforeEach
    void browserLikeSession() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        session = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void pagesNeedTheLoginFormAndTheFormNeedsItsCsrfToken() throws Exception {
        HttpResponse<String> anonymous = get("/dossiers");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        assertThat(post("/login", Map.of("username", "dieu-phoi", "password", Province.PASSWORD)).statusCode()).isEqualTo(403);
        login("dieu-phoi");
        assertThat(get("/dossiers").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = post("/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", "2023"));
        assertThat(forged.statusCode()).isEqualTo(403);
        // a province no other test takes: one dossier per province and year
        HttpResponse<String> created = post("/dossiers", Map.of("province", "Tỉnh Sơn La", "year", "2024",
                "_csrf", token("/dossiers")));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).matches(".*/dossiers/\\d+");
    }

    @Test
    void anOfficerSeesAnotherDepartmentsComponentPageAsNotFound() throws Exception {
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        new TestClient(port, "can-bo-b", Province.PASSWORD).upload(dossier, "1.2", "ket-luan.txt", Province.SIGNED_NOTICE);
        login("can-bo-a");
        assertThat(get("/dossiers/" + dossier + "/components/1.2").statusCode()).isEqualTo(404);
        HttpResponse<String> own = get("/dossiers/" + dossier + "/components/1.4");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Tải lên tài liệu").contains("for=\"files\"");
        assertThat(get("/dossiers/" + dossier).body()).doesNotContain("ket-luan.txt");
        assertThat(get("/dossiers/" + dossier + "/audit").statusCode()).isEqualTo(403);
        assertThat(get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void aLeaderReadsTheDashboardInEnglishButCannotDecide() throws Exception {
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        login("lanh-dao");
        HttpResponse<String> vi = get("/dossiers/" + dossier);
        assertThat(vi.body()).contains("Điểm dự kiến").contains("lang=\"vi\"")
                .contains("Theo đơn vị chủ trì").contains("Sở Thông tin và Truyền thông").contains("Văn phòng UBND tỉnh")
                .contains("(chưa giao đơn vị)");
        HttpResponse<String> en = get("/dossiers/" + dossier + "?lang=en");
        assertThat(en.body()).contains("Projected score").contains("Fix first").contains("lang=\"en\"")
                .contains("By lead department");
        assertThat(get("/dossiers/" + dossier + "/review").body()).contains("Review queue").doesNotContain("bulk-accept");
        HttpResponse<String> decide = post("/dossiers/" + dossier + "/review/1.4/accept",
                Map.of("_csrf", token("/dossiers/" + dossier + "/review")));
        assertThat(decide.statusCode()).isEqualTo(403);
        assertThat(get("/dossiers/" + dossier + "/audit.csv").body()).startsWith("\uFEFFid,at,actor,action");
    }

    private void login(String user) throws Exception {
        HttpResponse<String> r = post("/login", Map.of("username", user, "password", Province.PASSWORD, "_csrf", token("/login")));
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String token(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        assertThat(m.find()).as("a CSRF field on " + page).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
