package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.IndicatorResult;
import vn.kiemchung.review.ReviewItem;
import vn.kiemchung.review.ReviewStatus;

class DepartmentTotalsTest {

    @Test
    void eachDepartmentAddsUpTheComponentsItSuppliesAndTheRowsAddUpToTheDossier() {
        AuditReport report = report(
                result("1.1", "COMPLETE", "10", "10"),
                result("1.2", "WEAK", "4", "10"),
                result("1.3", "MISSING", "0", "20"),
                result("1.4", "WEAK", "5", "5"),
                result("2.1", "MISSING", "0", "8"));
        Map<String, String> suppliers = Map.of("1.1", "STTTT", "1.2", "STTTT", "1.3", "VP", "1.4", "VP");
        Map<String, ReviewItem> items = Map.of("1.3", item("1.3", ReviewStatus.NEEDS_SUPPLEMENT),
                "1.1", item("1.1", ReviewStatus.ACCEPTED));

        List<DepartmentTotals> rows = DepartmentTotals.of(report, suppliers, items);

        assertThat(rows).extracting(DepartmentTotals::department).containsExactly("VP", "STTTT", null);
        DepartmentTotals vp = rows.get(0);
        assertThat(vp.projectedPoints()).isEqualByComparingTo("5");
        assertThat(vp.maxPoints()).isEqualByComparingTo("25");
        assertThat(vp.percent()).isEqualTo(20);
        assertThat(vp.full()).isEqualTo(1);
        assertThat(vp.zero()).isEqualTo(1);
        assertThat(vp.partial()).isZero();
        assertThat(vp.needsSupplement()).isEqualTo(1);
        assertThat(vp.missing()).isEqualByComparingTo("20");
        DepartmentTotals sttt = rows.get(1);
        assertThat(sttt.full()).isEqualTo(1);
        assertThat(sttt.partial()).isEqualTo(1);
        assertThat(sttt.percent()).isEqualTo(70);
        assertThat(rows.get(2).maxPoints()).isEqualByComparingTo("8");
        assertThat(rows.stream().map(DepartmentTotals::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("53");
    }

    @Test
    void componentsWorthNoPointsOrNotRequiredAreLeftOut() {
        AuditReport report = report(result("9.1", "NOT_REQUIRED", "0", "12"), result("9.2", "WEAK", "0", "0"));
        assertThat(DepartmentTotals.of(report, Map.of("9.1", "X", "9.2", "X"), Map.of())).isEmpty();
    }

    private static IndicatorResult result(String code, String status, String points, String max) {
        return new IndicatorResult(code, vn.kiemchung.assessment.ComponentStatus.valueOf(status), new BigDecimal(points), new BigDecimal(max), List.of(),
                code.substring(0, 1), "name " + code, "DOCUMENT", true, 1);
    }

    private static ReviewItem item(String code, ReviewStatus status) {
        return new ReviewItem(1, code, status, null, null, null, null, null, null, null, null, null);
    }

    private static AuditReport report(IndicatorResult... results) {
        return new AuditReport("Tỉnh Bạc Liêu", 2023, "v", BigDecimal.ZERO, BigDecimal.valueOf(1000), List.of(results),
                List.of(), null, List.of(), List.of(), List.of(), "test", "now");
    }
}
