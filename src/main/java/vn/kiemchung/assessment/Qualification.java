package vn.kiemchung.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kiemchung.rules.DocumentFact;
import vn.kiemchung.rules.Evaluation;
import vn.kiemchung.rules.Finding;
import vn.kiemchung.rules.Grade;
import vn.kiemchung.rules.Severity;

/**
 * Scoring step 1: which documents may earn points, and what share each earns, from the rules' findings and
 * grades and the coordinator's waivers. A document earns nothing while a finding that its rule declares
 * disqualifying ({@link Finding#isEarnsNothing()}: every ERROR, the WARNINGs the rules mark) stands unwaived,
 * or while a rule graded it 0; otherwise it earns the lowest grade a rule gave it (1.0 when none).
 */
record Qualification(Set<String> disqualified, Map<String, Double> grades, Set<String> waived) {

    static Qualification of(Evaluation evaluation, Set<String> waived) {
        Set<String> disqualified = evaluation.findings().stream()
                .filter(f -> f.getDocument() != null && f.isEarnsNothing() && !isWaived(f, waived))
                .map(Finding::getDocument).collect(Collectors.toSet());
        // A grade a rule gave together with a finding the coordinator waived no longer applies.
        Set<String> waivedRules = evaluation.findings().stream().filter(f -> f.getDocument() != null && isWaived(f, waived))
                .map(f -> f.getDocument() + "|" + f.getRule()).collect(Collectors.toSet());
        Map<String, Double> grades = new LinkedHashMap<>();
        for (Grade g : evaluation.grades()) {
            if (!waivedRules.contains(g.getDocument() + "|" + g.getReason())) {
                grades.merge(g.getDocument(), g.getFraction(), Math::min);
            }
        }
        return new Qualification(Set.copyOf(disqualified), Map.copyOf(grades), Set.copyOf(waived));
    }

    /** Only WARNINGs can be waived; the key is "indicator|code|document" ({@link ReportFinding#waiverKey}). */
    static boolean isWaived(Finding f, Set<String> waived) {
        return f.getSeverity() == Severity.WARNING
                && waived.contains(ReportFinding.waiverKey(f.getIndicatorCode(), f.getCode(), f.getDocument()));
    }

    boolean isWaived(Finding f) {
        return isWaived(f, waived);
    }

    /** The documents of a component that earn points. */
    List<DocumentFact> qualifying(List<DocumentFact> filed) {
        return filed.stream().filter(f -> f.isReadable() && !disqualified.contains(f.getPath()) && grade(f) > 0).toList();
    }

    double grade(DocumentFact document) {
        return grades.getOrDefault(document.getPath(), 1.0);
    }
}
