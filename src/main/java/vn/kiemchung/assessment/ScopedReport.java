package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.catalogue.MainIndicator;

/**
 * A report cut to the components someone may see (a department officer: their department's): the
 * rows are filtered, and every total — projected score and maximum, summary, main-indicator rows,
 * group and pillar subtotals — is counted over those rows only, so nothing of other departments'
 * components shows through the sums.
 */
final class ScopedReport {

    private ScopedReport() {
    }

    static AuditReport of(Catalogue catalogue, AuditReport full, Predicate<String> visible) {
        List<IndicatorResult> rows = full.indicators().stream().filter(i -> visible.test(i.code())).toList();
        Set<String> known = catalogue.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        Set<String> ministry = catalogue.indicators().stream().filter(i -> !i.scoredByProvince()).map(Indicator::code)
                .collect(Collectors.toSet());
        List<IndicatorResult> scored = rows.stream().filter(r -> known.contains(r.code()) && r.scored()).toList();
        List<ReportFinding> findings = rows.stream().flatMap(r -> r.findings().stream()).toList();

        BigDecimal total = sum(rows.stream().map(IndicatorResult::projectedPoints).toList()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal max = sum(scored.stream().map(IndicatorResult::maxPoints).toList());
        int fullCount = (int) scored.stream().filter(IndicatorResult::full).count();
        int zeroCount = (int) scored.stream().filter(IndicatorResult::zero).count();
        AuditReport.Summary summary = new AuditReport.Summary(scored.size(), fullCount, scored.size() - fullCount - zeroCount,
                zeroCount, (int) rows.stream().filter(r -> r.status() == ComponentStatus.NOT_REQUIRED).count(),
                count(findings, "ERROR"), count(findings, "WARNING"), count(findings, "INFO"),
                sum(rows.stream().filter(r -> ministry.contains(r.code())).map(IndicatorResult::maxPoints).toList()));

        List<MainIndicatorResult> mains = new ArrayList<>();
        for (MainIndicator main : catalogue.mainIndicators()) {
            List<IndicatorResult> mine = rows.stream().filter(r -> main.code().equals(r.mainCode())).toList();
            if (!mine.isEmpty()) {
                mains.add(new MainIndicatorResult(main.code(), main.nameVi(), sum(mine.stream().map(IndicatorResult::projectedPoints).toList()),
                        sum(mine.stream().filter(IndicatorResult::scored).map(IndicatorResult::maxPoints).toList()), mine.size(),
                        (int) mine.stream().filter(IndicatorResult::full).count(),
                        (int) mine.stream().filter(r -> r.scored() && !r.full() && !r.zero()).count(),
                        (int) mine.stream().filter(IndicatorResult::zero).count()));
            }
        }
        List<Subtotal> subtotals = Subtotal.of(catalogue.mainIndicators(), mains);
        return new AuditReport(full.province(), full.year(), full.rulesetVersion(), total, max, rows,
                full.documents().stream().filter(d -> visible.test(d.indicator())).toList(), summary, mains, subtotals,
                full.fixFirst().stream().filter(f -> visible.test(f.indicator())).toList(), full.catalogueSource(), full.generatedAt());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int count(List<ReportFinding> findings, String severity) {
        return (int) findings.stream().filter(f -> severity.equals(f.severity())).count();
    }
}
