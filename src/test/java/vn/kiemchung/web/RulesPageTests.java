package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;

/** The rule author's page: the rules in service, the catalogue, and the year's cases run from the browser. */
class RulesPageTests extends ServerTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void showsTheRulesInServiceAndTheCatalogueAndRunsTheCases() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/rules?year=2023")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Luật kiểm tra và bộ chỉ số").contains("2023@")
                .contains("Người đứng đầu tỉnh").contains("tối đa 1.000 điểm");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> run = send(HttpRequest.newBuilder(uri("/rules/cases"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("year=2023&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("ĐẠT").doesNotContain("KHÔNG ĐẠT").contains("cases/")
                .contains("Độ phủ của các ca kiểm thử").contains("luật quyết định có cả ca không đạt và ca đạt");
        Matcher without = Pattern.compile("id=\"components-without-rule\">([^<]*)<").matcher(run.body());
        assertThat(without.find()).isTrue();
        assertThat(List.of(without.group(1).split(" "))).contains("1.3").doesNotContain("1.1", "1.2", "7.6");
        assertThat(send(HttpRequest.newBuilder(uri("/rules?year=2023&lang=en")).GET()).body())
                .contains("Rules and indicator set").contains("Publish a decision table");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return session.send(request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void ruleAuthorsMayPublishTablesLeadersMayNotAndDrlIsRefused() throws Exception {
        vn.kiemchung.review.Province.make(port, ADMIN_PASSWORD);
        assertThat(publishDrl("tac-gia-luat").statusCode()).isEqualTo(422);
        assertThat(publishDrl("tac-gia-luat").body()).contains(".csv or .xlsx");
        assertThat(publishDrl("lanh-dao").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> publishDrl(String user) throws Exception {
        vn.kiemchung.evidence.Multipart body = new vn.kiemchung.evidence.Multipart()
                .field("folder", "1/1.1-steering-committee-head")
                .file("file", "evil.drl", "rule \"x\" when then end".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/rules/2023/tables"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + vn.kiemchung.review.Province.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
