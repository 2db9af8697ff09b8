package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/**
 * An officer's report shows their department's components, and its totals — projected score and
 * maximum, summary, main-indicator rows, group and pillar subtotals — add up those rows only: no
 * province-wide figure tells them how other departments are doing.
 */
class ReportScopeTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void anOfficersTotalsCountOnlyTheirComponents() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        new TestClient(port, "can-bo-a", Province.PASSWORD).upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE);
        new TestClient(port, "can-bo-b", Province.PASSWORD).upload(dossier, "1.2", "thong-bao-b.txt", Province.UNSIGNED_NOTICE);

        JsonNode province = coordinator.get("/api/v1/dossiers/" + dossier + "/report").json();
        JsonNode mine = new TestClient(port, "can-bo-a", Province.PASSWORD).get("/api/v1/dossiers/" + dossier + "/report").json();

        Set<String> codes = new HashSet<>();
        Set<String> mains = new HashSet<>();
        BigDecimal projected = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        int scored = 0;
        Map<String, BigDecimal> byMain = new HashMap<>();
        for (JsonNode row : mine.get("indicators")) {
            codes.add(row.get("code").asText());
            projected = projected.add(row.get("projectedPoints").decimalValue());
            boolean isScored = !"NOT_REQUIRED".equals(row.get("status").asText()) && row.get("maxPoints").decimalValue().signum() > 0;
            if (isScored) {
                max = max.add(row.get("maxPoints").decimalValue());
                scored++;
            }
            if (row.hasNonNull("mainCode")) {
                mains.add(row.get("mainCode").asText());
                byMain.merge(row.get("mainCode").asText(), row.get("projectedPoints").decimalValue(), BigDecimal::add);
            }
        }
        assertThat(codes).contains("1.1", "1.4").doesNotContain("1.2", "1.3");
        assertThat(mine.get("projectedScore").decimalValue()).isEqualByComparingTo(projected);
        assertThat(mine.get("maxScore").decimalValue()).isEqualByComparingTo(max)
                .isLessThan(province.get("maxScore").decimalValue());
        assertThat(mine.get("summary").get("components").asInt()).isEqualTo(scored)
                .isLessThan(province.get("summary").get("components").asInt());
        for (JsonNode main : mine.get("mainIndicators")) {
            assertThat(mains).contains(main.get("code").asText());
            assertThat(main.get("projectedPoints").decimalValue()).as(main.get("code").asText())
                    .isEqualByComparingTo(byMain.get(main.get("code").asText()));
        }
        BigDecimal groups = BigDecimal.ZERO;
        for (JsonNode subtotal : mine.get("subtotals")) {
            if ("GROUP".equals(subtotal.get("kind").asText())) {
                groups = groups.add(subtotal.get("projectedPoints").decimalValue());
            }
        }
        assertThat(groups).isLessThanOrEqualTo(projected);
        assertThat(mine.get("mainIndicators").size()).isLessThan(province.get("mainIndicators").size());
        assertThat(mine.toString()).doesNotContain("thong-bao-b.txt");
    }
    @Test
    void theReportDownloadsInEveryFormatScopedToTheOfficerAndAnUnknownFormatIsRefusedInBothLanguages() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        new TestClient(port, "can-bo-b", Province.PASSWORD).upload(dossier, "1.2", "thong-bao-cua-so-khac.txt", Province.UNSIGNED_NOTICE);
        TestClient officer = new TestClient(port, "can-bo-a", Province.PASSWORD);
        for (vn.kiemchung.assessment.ReportFormat f : vn.kiemchung.assessment.ReportFormat.values()) {
            TestClient.Answer answer = officer.get("/api/v1/dossiers/" + dossier + "/report?format=" + f.id());
            assertThat(answer.status()).as(f.id()).isEqualTo(200);
            if (!f.binary()) {
                assertThat(answer.body()).as(f.id()).doesNotContain("thong-bao-cua-so-khac.txt");
            }
        }
        TestClient.Answer refused = officer.get("/api/v1/dossiers/" + dossier + "/report?format=docx");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("docx").contains("Unsupported report format").contains("không hỗ trợ")
                .contains("json, html, xlsx, pdf");
        assertThat(new TestClient(port, "can-bo-a", "sai-mat-khau").get("/api/v1/dossiers/" + dossier + "/report?format=pdf").status())
                .isEqualTo(401);
    }
}
