package vn.kiemchung.assessment;

import java.util.Comparator;
import java.util.List;

/** Scoring step 4: what to fix first — the unwaived ERRORs and WARNINGs that put the most points at risk. */
final class FixFirst {

    static final int LIMIT = 20;

    private FixFirst() {
    }

    static List<ReportFinding> of(List<IndicatorResult> results) {
        return results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> !"INFO".equals(f.severity()) && !f.hasWaiver())
                .sorted(Comparator.comparing(ReportFinding::pointsAtRisk).reversed()
                        .thenComparing(f -> f.severity().equals("ERROR") ? 0 : 1)
                        .thenComparing(ReportFinding::indicator))
                .limit(LIMIT).toList();
    }
}
