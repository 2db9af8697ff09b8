package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The audit of one dossier: the keys of the contract's JSON report first, then the summary the
 * leaders read and the "fix first" list sorted by points at risk.
 *
 * @param estimatedPoints      the part of the projected score won on components whose row is not verified
 *                             against the official table (its points are an estimate)
 * @param unverifiedComponents components the province scores whose row is not verified: while above zero,
 *                             the projected score is an estimate and every report says so
 */
public record AuditReport(String province, int year, String rulesetVersion, BigDecimal projectedScore,
                          BigDecimal maxScore, List<IndicatorResult> indicators, List<DocumentEntry> documents,
                          Summary summary, List<MainIndicatorResult> mainIndicators, List<Subtotal> subtotals,
                          List<ReportFinding> fixFirst,
                          String catalogueSource, String generatedAt, BigDecimal estimatedPoints,
                          int unverifiedComponents) {

    /** A report whose estimate marks are worked out from its components. */
    public AuditReport(String province, int year, String rulesetVersion, BigDecimal projectedScore,
                       BigDecimal maxScore, List<IndicatorResult> indicators, List<DocumentEntry> documents,
                       Summary summary, List<MainIndicatorResult> mainIndicators, List<Subtotal> subtotals,
                       List<ReportFinding> fixFirst, String catalogueSource, String generatedAt) {
        this(province, year, rulesetVersion, projectedScore, maxScore, indicators, documents, summary, mainIndicators,
                subtotals, fixFirst, catalogueSource, generatedAt,
                indicators.stream().filter(IndicatorResult::estimated).map(IndicatorResult::projectedPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP),
                (int) indicators.stream().filter(IndicatorResult::estimated).count());
    }

    /**
     * @param notAssessedPoints points of components the ministry measures itself (survey, systems),
     *                          which the province cannot project
     */
    public record Summary(int components, int full, int partial, int zero, int notRequired, int errors, int warnings,
                          int infos, BigDecimal notAssessedPoints) {
    }

    /** The same report listing {@code documents} instead of its own. */
    public AuditReport withDocuments(List<DocumentEntry> documents) {
        return new AuditReport(province, year, rulesetVersion, projectedScore, maxScore, indicators, documents, summary,
                mainIndicators, subtotals, fixFirst, catalogueSource, generatedAt, estimatedPoints, unverifiedComponents);
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }

    /** The projected score rests on at least one unverified component: show it as an estimate. */
    public boolean scoreEstimated() {
        return unverifiedComponents > 0;
    }
}
