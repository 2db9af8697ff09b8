package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cause of an officer's empty "Cần sửa trước" while their 1.2 had ERRORs (issue 16, item 3): the
 * list was the province's top twenty, cut afterwards to the officer's components. Worked out from the
 * rows a report holds, it lists their own findings.
 */
class FixFirstTest {

    @Test
    void aDepartmentsListHoldsItsOwnErrorsEvenWhenOtherDepartmentsFillTheProvincesTopTwenty() {
        List<IndicatorResult> province = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            province.add(row("7." + i, "50.00", "WARNING"));
        }
        IndicatorResult ours = row("1.2", "14.29", "ERROR", "ERROR", "ERROR");
        province.add(ours);

        List<ReportFinding> provinceTop = FixFirst.of(province);
        assertThat(provinceTop).hasSize(FixFirst.LENGTH).noneMatch(f -> f.indicator().equals("1.2"));
        assertThat(provinceTop.stream().filter(f -> f.indicator().equals("1.2"))).as("the old cut: empty").isEmpty();

        AuditReport scoped = report(List.of(ours), provinceTop.stream().filter(f -> f.indicator().equals("1.2")).toList());
        List<ReportFinding> fixed = FixFirst.recount(scoped).fixFirst();
        assertThat(fixed).hasSize(3).allMatch(f -> f.indicator().equals("1.2") && f.severity().equals("ERROR"));
    }

    @Test
    void infoAndWaivedFindingsAreNotListedAndErrorsComeBeforeWarningsAtTheSameRisk() {
        IndicatorResult row = new IndicatorResult("2.1", ComponentStatus.WEAK, BigDecimal.ZERO, new BigDecimal("10.00"), List.of(
                finding("2.1", "WARNING", "10.00", null), finding("2.1", "INFO", "10.00", null),
                finding("2.1", "WARNING", "10.00", true), finding("2.1", "ERROR", "10.00", null)),
                "2", "x", "x", true, 1);
        assertThat(FixFirst.of(List.of(row))).extracting(ReportFinding::severity).containsExactly("ERROR", "WARNING");
    }

    private static IndicatorResult row(String code, String atRisk, String... severities) {
        List<ReportFinding> findings = new ArrayList<>();
        for (String s : severities) {
            findings.add(finding(code, s, atRisk, null));
        }
        return new IndicatorResult(code, ComponentStatus.WEAK, BigDecimal.ZERO, new BigDecimal(atRisk), findings, code.split("\\.")[0],
                "tên", "x", true, 1);
    }

    private static ReportFinding finding(String code, String severity, String atRisk, Boolean waived) {
        return new ReportFinding(severity, "CODE_" + severity, "rule", code + "/van-ban.pdf", "thông điệp", "message", null,
                null, null, code, new BigDecimal(atRisk), waived);
    }

    private static AuditReport report(List<IndicatorResult> rows, List<ReportFinding> fixFirst) {
        return new AuditReport("Tỉnh Bạc Liêu", 2023, "v1", BigDecimal.ZERO, BigDecimal.TEN, rows, List.of(),
                new AuditReport.Summary(rows.size(), 0, rows.size(), 0, 0, 3, 0, 0, BigDecimal.ZERO), List.of(), List.of(),
                fixFirst, "catalogue", "2026-12-04T00:00:00Z");
    }
}
