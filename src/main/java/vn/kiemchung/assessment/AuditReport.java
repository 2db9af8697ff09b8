package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The audit of one dossier: the keys of the contract's JSON report first, then the summary the
 * leaders read and the "fix first" list sorted by points at risk.
 */
public record AuditReport(String province, int year, String rulesetVersion, BigDecimal projectedScore,
                          BigDecimal maxScore, List<IndicatorResult> indicators, List<DocumentEntry> documents,
                          Summary summary, List<MainIndicatorResult> mainIndicators, List<Subtotal> subtotals,
                          List<ReportFinding> fixFirst,
                          String catalogueSource, String generatedAt) {

    /**
     * @param notAssessedPoints points of components the ministry measures itself (survey, systems),
     *                          which the province cannot project
     */
    public record Summary(int components, int full, int partial, int zero, int notRequired, int errors, int warnings,
                          int infos, BigDecimal notAssessedPoints) {
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
