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

    @Test
    void beforeATableGoesLiveTheAuthorSeesWhatItChangesOnTheSampleDossier() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/rules?year=2023")).GET());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        java.nio.file.Path committed = java.nio.file.Path.of("rules/components/7/7.6-work-files-online/7.6-work-files-online.csv");
        String original = java.nio.file.Files.readString(committed, StandardCharsets.UTF_8);
        String stricter = original.replace(",{cấp hành chính},", ",{cấp hành chính};cấp thôn,");
        assertThat(stricter).isNotEqualTo(original);
        vn.kiemchung.evidence.Multipart body = new vn.kiemchung.evidence.Multipart()
                .field("_csrf", token.group(1)).field("year", "2023").field("folder", "7/7.6-work-files-online")
                .file("file", "7.6-work-files-online.csv", stricter.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> preview = send(HttpRequest.newBuilder(uri("/rules/tables/preview"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        assertThat(preview.statusCode()).isEqualTo(200);
        // The stricter table breaks a passing case, so it would be refused; the page says so and shows its effect.
        assertThat(preview.body()).contains("id=\"preview\"").contains("december-report-of-the-department-of-information-passes.yaml")
                .contains("id=\"preview-changes\"");
        Matcher row = Pattern.compile("<td>7\\.6</td><td>([^<]*)</td>\\s*<td>([^<]*)</td>").matcher(preview.body());
        assertThat(row.find()).as(preview.body()).isTrue();
        assertThat(row.group(1)).doesNotContain("LEVELS_INCOMPLETE");
        assertThat(row.group(2)).contains("LEVELS_INCOMPLETE");
        assertThat(java.nio.file.Files.readString(committed, StandardCharsets.UTF_8)).as("a preview publishes nothing").isEqualTo(original);
    }
}
