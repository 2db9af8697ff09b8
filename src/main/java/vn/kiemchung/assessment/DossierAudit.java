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

    private DossierAudit() {
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

    /**
     * The report, in named steps: (1) which documents qualify ({@link Qualification}), (2) each component's share
     * of its points by its scoring method ({@link Scoring}) and the status those points mean ({@link ComponentStatus}),
     * (3) totals per main indicator, group and pillar ({@link Subtotal}) and the summary, (4) what to fix first
     * ({@link FixFirst}).
     */
    private static AuditReport report(Catalogue catalogue, DossierContents contents, List<DocumentFact> facts,
                                      Evaluation evaluation, Set<String> waived) {
        Map<String, List<Finding>> findingsByIndicator = evaluation.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.getSeverity().ordinal())
                        .thenComparing(f -> f.getDocument() == null ? "" : f.getDocument())
                        .thenComparing(Finding::getCode))
                .collect(Collectors.groupingBy(f -> String.valueOf(f.getIndicatorCode()), LinkedHashMap::new, Collectors.toList()));
        Qualification qualification = Qualification.of(evaluation, waived);
        FindingPages pages = new FindingPages(contents.documents());

        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<DocumentFact> filed = facts.stream().filter(f -> f.getIndicatorCode().equals(indicator.code())).toList();
            List<Finding> findings = findingsByIndicator.getOrDefault(indicator.code(), List.of());
            results.add(score(indicator, filed, findings, qualification, contents.claims(), pages));
        }
        // Files filed under codes the year's set does not have still appear, with their findings.
        Set<String> known = catalogue.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        facts.stream().map(DocumentFact::getIndicatorCode).filter(c -> !known.contains(c)).distinct().sorted()
                .forEach(code -> results.add(new IndicatorResult(code, ComponentStatus.NOT_REQUIRED, BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2), toReport(findingsByIndicator.getOrDefault(code, List.of()),
                        BigDecimal.ZERO, BigDecimal.ZERO, qualification, pages), null, null, null, false,
                        (int) facts.stream().filter(f -> f.getIndicatorCode().equals(code)).count())));

        BigDecimal total = results.stream().map(IndicatorResult::projectedPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        List<MainIndicatorResult> mains = mains(catalogue, results);
        Map<String, DocumentFact> factByPath = facts.stream()
                .collect(Collectors.toMap(DocumentFact::getPath, f -> f, (a, b) -> a));
        List<DocumentEntry> documents = contents.documents().stream()
                .map(d -> DocumentEntry.of(d, factByPath.get(d.path())))
                .toList();
        return new AuditReport(contents.province(), contents.year(), evaluation.rulesetVersion(), total,
                catalogue.maxScore(), results, documents, summary(catalogue, results, known), mains,
                Subtotal.of(catalogue.mainIndicators(), mains), FixFirst.of(results), catalogue.source(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Step 2: one component's points by its scoring method, and the status those points mean. */
    static IndicatorResult score(Indicator indicator, List<DocumentFact> filed, List<Finding> findings,
                                 Qualification qualification, List<Claim> claims, FindingPages pages) {
        BigDecimal max = indicator.maxPoints() == null ? BigDecimal.ZERO : indicator.maxPoints();
        if (!indicator.scoredByProvince()) {
            return new IndicatorResult(indicator.code(), ComponentStatus.NOT_REQUIRED, BigDecimal.ZERO.setScale(2), max,
                    toReport(findings, BigDecimal.ZERO, BigDecimal.ZERO, qualification, pages), indicator.mainCode(),
                    indicator.nameVi(), indicator.method().name(), indicator.verified(), filed.size());
        }
        List<DocumentFact> qualifying = qualification.qualifying(filed);
        List<Double> grades = qualifying.stream().map(qualification::grade).toList();
        Optional<Claim> claim = claims.stream().filter(c -> c.code().equals(indicator.code())).findFirst();
        boolean claimRejected = findings.stream().anyMatch(f -> f.getCode().equals("CLAIM_MISMATCH"));
        double fraction = Scoring.fraction(indicator, qualifying, grades, claim, claimRejected);
        BigDecimal projected = Scoring.points(max, fraction);
        return new IndicatorResult(indicator.code(), ComponentStatus.of(filed.size(), fraction), projected, max,
                toReport(findings, max.subtract(projected), projected, qualification, pages), indicator.mainCode(),
                indicator.nameVi(), indicator.method().name(), indicator.verified(), filed.size());
    }

    /** Step 3a: the summary counts. Components worth no points (the unscored smart-city block) are neither full nor zero. */
    private static AuditReport.Summary summary(Catalogue catalogue, List<IndicatorResult> results, Set<String> known) {
        List<IndicatorResult> scored = results.stream().filter(r -> known.contains(r.code()) && r.scored()).toList();
        int full = (int) scored.stream().filter(IndicatorResult::full).count();
        int zero = (int) scored.stream().filter(IndicatorResult::zero).count();
        BigDecimal notAssessed = catalogue.indicators().stream().filter(i -> !i.scoredByProvince() && i.maxPoints() != null)
                .map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ReportFinding> everything = results.stream().flatMap(r -> r.findings().stream()).toList();
        return new AuditReport.Summary(scored.size(), full, scored.size() - full - zero, zero,
                (int) results.stream().filter(r -> r.status() == ComponentStatus.NOT_REQUIRED).count(),
                count(everything, "ERROR"), count(everything, "WARNING"), count(everything, "INFO"), notAssessed);
    }

    /** Step 3b: points and counts per main indicator. */
    private static List<MainIndicatorResult> mains(Catalogue catalogue, List<IndicatorResult> results) {
        List<MainIndicatorResult> mains = new ArrayList<>();
        for (MainIndicator main : catalogue.mainIndicators()) {
            List<IndicatorResult> mine = results.stream().filter(r -> main.code().equals(r.mainCode())).toList();
            mains.add(new MainIndicatorResult(main.code(), main.nameVi(),
                    mine.stream().map(IndicatorResult::projectedPoints).reduce(BigDecimal.ZERO, BigDecimal::add),
                    main.maxPoints(), mine.size(),
                    (int) mine.stream().filter(IndicatorResult::full).count(),
                    (int) mine.stream().filter(r -> r.scored() && !r.full() && !r.zero()).count(),
                    (int) mine.stream().filter(IndicatorResult::zero).count()));
        }
        return mains;
    }

    private static int count(List<ReportFinding> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** Findings that keep a document from earning points put the points not earned at risk; other warnings the points earned. */
    private static List<ReportFinding> toReport(List<Finding> findings, BigDecimal lost, BigDecimal earned,
                                                Qualification qualification, FindingPages pages) {
        return findings.stream().map(f -> {
            boolean w = qualification.isWaived(f);
            return new ReportFinding(f.getSeverity().name(), f.getCode(), f.getRule(),
                    f.getDocument(), f.getMessage(), f.getMessageEn(), pages.pageOf(f), f.getFix(), f.getFixEn(),
                    f.getIndicatorCode(), w ? BigDecimal.ZERO : f.isEarnsNothing() ? lost
                            : f.getSeverity() == Severity.WARNING ? earned : BigDecimal.ZERO, w ? Boolean.TRUE : null);
        }).toList();
    }
}
