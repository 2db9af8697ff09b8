package vn.kiemchung.assessment;

import java.util.Comparator;
import java.util.List;

/**
 * The "fix first" list: WARNINGs and ERRORs no waiver covers, most points at risk first, ERRORs before
 * WARNINGs, at most twenty. Worked out from the rows it is given, so a report cut to one department's
 * components lists that department's own findings (not what is left of the province's top twenty).
 */
final class FixFirst {

    public static final int LENGTH = 20;

    private FixFirst() {
    }

    public static List<ReportFinding> of(List<IndicatorResult> rows) {
        return rows.stream().flatMap(r -> r.findings().stream())
                .filter(f -> !"INFO".equals(f.severity()) && !f.hasWaiver())
                .sorted(Comparator.comparing(ReportFinding::pointsAtRisk).reversed()
                        .thenComparing(f -> f.severity().equals("ERROR") ? 0 : 1)
                        .thenComparing(ReportFinding::indicator))
                .limit(LENGTH).toList();
    }

    /** The same report with its list worked out again from its own rows. */
    static AuditReport recount(AuditReport r) {
        return new AuditReport(r.province(), r.year(), r.rulesetVersion(), r.projectedScore(), r.maxScore(), r.indicators(),
                r.documents(), r.summary(), r.mainIndicators(), r.subtotals(), of(r.indicators()), r.catalogueSource(),
                r.generatedAt(), r.estimatedPoints(), r.unverifiedComponents());
    }
}
