package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.catalogue.MainIndicator;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.rules.ClaimFact;
import vn.kiemchung.rules.DocumentFact;
import vn.kiemchung.rules.DossierFact;
import vn.kiemchung.rules.Evaluation;
import vn.kiemchung.rules.Finding;
import vn.kiemchung.rules.Grade;
import vn.kiemchung.rules.IndicatorFact;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleEvaluator;
import vn.kiemchung.rules.Severity;

/**
 * The audit of one dossier against a year's catalogue and rules: a pure function, shared by the
 * command line and the server.
 */
public final class DossierAudit {

    /**
     * Warnings an assessor would not accept without a coordinator's waiver: until waived, the
     * document earns no points. Other warnings flag the points but keep them.
     */
    static final Set<String> DISQUALIFYING_WARNINGS = Set.of("SIGNATURE_MISSING", "DATE_MISSING", "KEYWORD_MISSING");

    private DossierAudit() {
    }

    static boolean disqualifies(Finding f) {
        return f.getSeverity() == Severity.ERROR
                || (f.getSeverity() == Severity.WARNING && DISQUALIFYING_WARNINGS.contains(f.getCode()));
    }

    public static AuditReport run(Catalogue catalogue, RuleBase rules, DossierContents contents) {
        return run(catalogue, rules, contents, Set.of());
    }

    /**
     * @param waived WARNING findings a coordinator waived, keyed "indicator|code|document"
     *               ({@link ReportFinding#waiverKey}): they no longer disqualify their document and
     *               are marked {@code waived} in the report. ERROR findings cannot be waived.
     */
    public static AuditReport run(Catalogue catalogue, RuleBase rules, DossierContents contents, Set<String> waived) {
        List<DocumentFact> facts = contents.documents().stream()
                .map(d -> DocumentFact.of(d.path(), d.indicatorCode(), d.document())).toList();
        List<Object> all = new ArrayList<>(facts);
        all.add(new DossierFact(contents.province(), contents.year()));
        catalogue.indicators().forEach(i -> all.add(IndicatorFact.of(i)));
        contents.claims().forEach(c -> all.add(new ClaimFact(c.code(), c.value().doubleValue(), c.unit(), c.note())));
        Evaluation evaluation = RuleEvaluator.evaluate(rules, all);
        return report(catalogue, contents, facts, evaluation, waived == null ? Set.of() : waived);
    }

    static boolean isWaived(Finding f, Set<String> waived) {
        return f.getSeverity() == Severity.WARNING
                && waived.contains(ReportFinding.waiverKey(f.getIndicatorCode(), f.getCode(), f.getDocument()));
    }

    private static AuditReport report(Catalogue catalogue, DossierContents contents, List<DocumentFact> facts,
                                      Evaluation evaluation, Set<String> waived) {
        Map<String, List<Finding>> findingsByIndicator = evaluation.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.getSeverity().ordinal())
                        .thenComparing(f -> f.getDocument() == null ? "" : f.getDocument())
                        .thenComparing(Finding::getCode))
                .collect(Collectors.groupingBy(f -> String.valueOf(f.getIndicatorCode()), LinkedHashMap::new, Collectors.toList()));
        Set<String> docsWithErrors = evaluation.findings().stream()
                .filter(f -> f.getDocument() != null && disqualifies(f) && !isWaived(f, waived))
                .map(Finding::getDocument).collect(Collectors.toSet());
        Map<String, Double> gradeByDocument = new LinkedHashMap<>();
        for (Grade g : evaluation.grades()) {
            gradeByDocument.merge(g.getDocument(), g.getFraction(), Math::min);
        }

        FindingPages pages = new FindingPages(contents.documents());
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<DocumentFact> filed = facts.stream().filter(f -> f.getIndicatorCode().equals(indicator.code())).toList();
            List<Finding> findings = findingsByIndicator.getOrDefault(indicator.code(), List.of());
            BigDecimal max = indicator.maxPoints() == null ? BigDecimal.ZERO : indicator.maxPoints();
            if (!indicator.scoredByProvince()) {
                results.add(new IndicatorResult(indicator.code(), "NOT_REQUIRED", BigDecimal.ZERO.setScale(2), max,
                        toReport(findings, BigDecimal.ZERO, BigDecimal.ZERO, waived, pages), indicator.mainCode(), indicator.nameVi(),
                        indicator.method().name(), indicator.verified(), filed.size()));
                continue;
            }
            List<DocumentFact> qualifying = filed.stream()
                    .filter(f -> f.isReadable() && !docsWithErrors.contains(f.getPath())).toList();
            List<Double> grades = qualifying.stream().map(f -> gradeByDocument.getOrDefault(f.getPath(), 1.0)).toList();
            Optional<Claim> claim = contents.claims().stream().filter(c -> c.code().equals(indicator.code())).findFirst();
            boolean claimRejected = findings.stream().anyMatch(f -> f.getCode().equals("CLAIM_MISMATCH"));
            BigDecimal projected = Scoring.points(max, Scoring.fraction(indicator, qualifying, grades, claim, claimRejected));
            boolean clean = findings.stream().noneMatch(f -> f.getSeverity() != Severity.INFO && !isWaived(f, waived));
            String status = filed.isEmpty() ? "MISSING" : projected.compareTo(max) == 0 && clean ? "COMPLETE" : "WEAK";
            results.add(new IndicatorResult(indicator.code(), status, projected, max,
                    toReport(findings, max.subtract(projected), projected, waived, pages), indicator.mainCode(), indicator.nameVi(),
                    indicator.method().name(), indicator.verified(), filed.size()));
        }
        // Files filed under codes the year's set does not have still appear, with their findings.
        Set<String> known = catalogue.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        facts.stream().map(DocumentFact::getIndicatorCode).filter(c -> !known.contains(c)).distinct().sorted()
                .forEach(code -> results.add(new IndicatorResult(code, "NOT_REQUIRED", BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2), toReport(findingsByIndicator.getOrDefault(code, List.of()),
                        BigDecimal.ZERO, BigDecimal.ZERO, waived, pages), null, null, null, false,
                        (int) facts.stream().filter(f -> f.getIndicatorCode().equals(code)).count())));

        BigDecimal total = results.stream().map(IndicatorResult::projectedPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        List<ReportFinding> everything = results.stream().flatMap(r -> r.findings().stream()).toList();
        List<ReportFinding> fixFirst = FixFirst.of(results);
        // Components worth no points (the unscored smart-city block) are neither full nor zero.
        List<IndicatorResult> scored = results.stream().filter(r -> known.contains(r.code()) && r.scored()).toList();
        int full = (int) scored.stream().filter(IndicatorResult::full).count();
        int zero = (int) scored.stream().filter(IndicatorResult::zero).count();
        BigDecimal notAssessed = catalogue.indicators().stream().filter(i -> !i.scoredByProvince() && i.maxPoints() != null)
                .map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        AuditReport.Summary summary = new AuditReport.Summary(scored.size(), full, scored.size() - full - zero, zero,
                (int) results.stream().filter(r -> "NOT_REQUIRED".equals(r.status())).count(),
                count(everything, "ERROR"), count(everything, "WARNING"), count(everything, "INFO"), notAssessed);
        List<MainIndicatorResult> mains = new ArrayList<>();
        for (MainIndicator main : catalogue.mainIndicators()) {
            List<IndicatorResult> mine = results.stream().filter(r -> main.code().equals(r.mainCode())).toList();
            mains.add(new MainIndicatorResult(main.code(), main.nameVi(),
                    mine.stream().map(IndicatorResult::projectedPoints).reduce(BigDecimal.ZERO, BigDecimal::add),
                    main.maxPoints(), mine.size(),
                    // Full means every point won, as in the summary (a COMPLETE status can still lose points to a warning).
                    (int) mine.stream().filter(IndicatorResult::full).count(),
                    (int) mine.stream().filter(r -> r.scored() && !r.full() && !r.zero()).count(),
                    (int) mine.stream().filter(IndicatorResult::zero).count()));
        }
        List<Subtotal> subtotals = Subtotal.of(catalogue.mainIndicators(), mains);
        Map<String, DocumentFact> factByPath = facts.stream()
                .collect(Collectors.toMap(DocumentFact::getPath, f -> f, (a, b) -> a));
        List<DocumentEntry> documents = contents.documents().stream()
                .map(d -> DocumentEntry.of(d, factByPath.get(d.path())))
                .toList();
        return new AuditReport(contents.province(), contents.year(), evaluation.rulesetVersion(), total,
                catalogue.maxScore(), results, documents, summary, mains, subtotals, fixFirst, catalogue.source(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static int count(List<ReportFinding> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** Findings that keep a document from earning points put the points not earned at risk; other warnings the points earned. */
    private static List<ReportFinding> toReport(List<Finding> findings, BigDecimal lost, BigDecimal earned, Set<String> waived,
                                                FindingPages pages) {
        return findings.stream().map(f -> {
            boolean w = isWaived(f, waived);
            return new ReportFinding(f.getSeverity().name(), f.getCode(), f.getRule(),
                    f.getDocument(), f.getMessage(), f.getMessageEn(), pages.pageOf(f), f.getFix(), f.getFixEn(),
                    f.getIndicatorCode(), w ? BigDecimal.ZERO : disqualifies(f) ? lost
                            : f.getSeverity() == Severity.WARNING ? earned : BigDecimal.ZERO, w ? Boolean.TRUE : null);
        }).toList();
    }
}
