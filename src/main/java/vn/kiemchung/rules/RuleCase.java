package vn.kiemchung.rules;

import java.util.List;

/**
 * One rule case (cases/*.yaml): given facts, the findings the rules must raise and the codes they
 * must not raise. Written by domain experts; see rules/README.md.
 *
 * @param file      the case file, relative to the rules folder
 * @param scope     the component codes the expectations are about (absent codes are checked there)
 * @param expected  findings that must be raised (code, and optionally document, indicator, severity)
 * @param absent    finding codes that must not be raised within the scope
 * @param grades    expected grade fractions per document path (e.g. 0.5 for a deputy's signature)
 * @param rules     names of the rules the case is about, for rules whose name does not start with a finding code
 */
public record RuleCase(String file, String name, int year, String province, List<Object> facts, List<String> scope,
                       List<Expected> expected, List<String> absent, List<ExpectedGrade> grades, List<String> rules) {

    public record Expected(String code, String document, String indicator, String severity) {
        boolean matches(Finding f) {
            return f.getCode().equals(code)
                    && (document == null || document.equals(f.getDocument()))
                    && (indicator == null || indicator.equals(f.getIndicatorCode()))
                    && (severity == null || severity.equals(f.getSeverity().name()));
        }

        @Override
        public String toString() {
            return code + (document == null ? "" : " on " + document) + (indicator == null ? "" : " [" + indicator + "]")
                    + (severity == null ? "" : " (" + severity + ")");
        }
    }

    public record ExpectedGrade(String document, double fraction) {
    }

    /** A finding code raised by a rule while the case ran. */
    public record Raised(String rule, String code) {
    }

    /** The case's outcome: passed, or the reasons it failed, which rules fired and what they raised. */
    public record Result(RuleCase ruleCase, List<String> failures, List<String> firedRules, List<Raised> raised) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }
}
