package vn.kiemchung.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;

/** The rule author's page: the rules in service, the catalogue, and the year's cases run from the browser. */
class RulesPageTests extends ServerTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private TestClient session() {
        return TestClient.browser(port, "admin", ADMIN_PASSWORD);
    }

    @Test
    void showsTheRulesInServiceAndTheCatalogueAndRunsTheCases() throws Exception {
        TestClient admin = session();
        TestClient.Answer page = admin.get("/rules?year=2023");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Luật kiểm tra và bộ chỉ số").contains("2023@")
                .contains("Người đứng đầu tỉnh").contains("tối đa 1.000 điểm")
                .containsPattern("Luật đang áp dụng: (thư mục cấu hình|có sẵn trong chương trình|đã đăng trên máy chủ) \\(");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        TestClient.Answer run = admin.postForm("/rules/cases", Map.of("year", "2023", "_csrf", token.group(1)));
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).contains("ĐẠT").doesNotContain("KHÔNG ĐẠT").contains("cases/")
                .contains("Độ phủ của các ca kiểm thử").contains("luật quyết định có cả ca không đạt và ca đạt");
        Matcher without = Pattern.compile("id=\"components-without-rule\">([^<]*)<").matcher(run.body());
        assertThat(without.find()).isTrue();
        assertThat(List.of(without.group(1).split(" "))).contains("1.3").doesNotContain("1.1", "1.2", "7.6");
        assertThat(admin.get("/rules?year=2023&lang=en").body())
                .contains("Rules and indicator set").contains("Publish a decision table")
                .containsPattern("Rules in service: (the configured folder|built into this jar|published on this server) \\(");
    }

    @Test
    void ruleAuthorsMayPublishTablesLeadersMayNotAndDrlIsRefused() throws Exception {
        vn.kiemchung.review.Province.make(port, ADMIN_PASSWORD);
        assertThat(publishDrl("tac-gia-luat").status()).isEqualTo(422);
        assertThat(publishDrl("tac-gia-luat").body()).contains(".csv or .xlsx");
        assertThat(publishDrl("lanh-dao").status()).isEqualTo(403);
    }

    private TestClient.Answer publishDrl(String user) throws Exception {
        Multipart body = new Multipart().field("folder", "1/1.1-steering-committee-head")
                .file("file", "evil.drl", "rule \"x\" when then end".getBytes(StandardCharsets.UTF_8));
        return new TestClient(port, user, vn.kiemchung.review.Province.PASSWORD).post("/api/v1/rules/2023/tables", body, Map.of());
    }

    @Test
    void beforeATableGoesLiveTheAuthorSeesWhatItChangesOnTheSampleDossier() throws Exception {
        TestClient admin = session();
        TestClient.Answer page = admin.get("/rules?year=2023");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        java.nio.file.Path committed = java.nio.file.Path.of("rules/components/7/7.6-work-files-online/7.6-work-files-online.csv");
        String original = java.nio.file.Files.readString(committed, StandardCharsets.UTF_8);
        String stricter = original.replace(",{cấp hành chính},", ",{cấp hành chính};cấp thôn,");
        assertThat(stricter).isNotEqualTo(original);
        Multipart body = new Multipart()
                .field("_csrf", token.group(1)).field("year", "2023").field("folder", "7/7.6-work-files-online")
                .file("file", "7.6-work-files-online.csv", stricter.getBytes(StandardCharsets.UTF_8));
        TestClient.Answer preview = admin.post("/rules/tables/preview", body, Map.of());
        assertThat(preview.status()).isEqualTo(200);
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
