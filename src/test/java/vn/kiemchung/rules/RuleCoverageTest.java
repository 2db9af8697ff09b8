package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCoverageTest {

    private static final List<String> RULES = List.of(
            "SIGNATURE_MISSING a document carries a signature",
            "1.1 the decision names a lead department",
            "Document is signed when a signer is found");

    @Test
    void aRuleIsCoveredWhenOneCaseShowsItFiringAndAnotherShowsItSilent() {
        RuleCase.Result failing = result(List.of(new RuleCase.Expected("SIGNATURE_MISSING", null, null, null)), List.of(),
                List.of(), new RuleCase.Raised("SIGNATURE_MISSING a document carries a signature", "SIGNATURE_MISSING"));
        RuleCase.Result passing = result(List.of(), List.of("SIGNATURE_MISSING"), List.of());

        RuleCoverage coverage = RuleCoverage.of(RULES, List.of("1.1", "1.2", "1.3"), List.of(failing, passing));

        assertThat(coverage.rulesWithoutFailingCase()).containsExactly("1.1 the decision names a lead department");
        assertThat(coverage.rulesWithoutPassingCase()).containsExactly("1.1 the decision names a lead department");
        assertThat(coverage.derivingRules()).containsExactly("Document is signed when a signer is found");
        assertThat(coverage.decidingRules()).isEqualTo(2);
        assertThat(coverage.percentCovered()).isEqualTo(50);
        assertThat(coverage.componentsWithoutRule()).containsExactly("1.2", "1.3");
    }

    @Test
    void aComponentRuleNamedInACaseCountsAsPassingWhenItStaysSilent() {
        RuleCase.Result silent = result(List.of(), List.of("EVIDENCE_MISSING"), List.of("1.1 the decision names a lead department"));
        RuleCase.Result firing = result(List.of(new RuleCase.Expected("CONTENT_INCOMPLETE", null, null, null)), List.of(),
                List.of(), new RuleCase.Raised("1.1 the decision names a lead department", "CONTENT_INCOMPLETE"));

        RuleCoverage coverage = RuleCoverage.of(RULES, List.of("1.1"), List.of(silent, firing));

        assertThat(coverage.rulesWithoutFailingCase()).containsExactly("SIGNATURE_MISSING a document carries a signature");
        assertThat(coverage.rulesWithoutPassingCase()).containsExactly("SIGNATURE_MISSING a document carries a signature");
        assertThat(coverage.componentsWithoutRule()).isEmpty();
    }

    @Test
    void aRuleRaisingAFindingNoCaseExpectedIsNotAFailingCase() {
        RuleCase.Result unexpected = result(List.of(), List.of(), List.of(),
                new RuleCase.Raised("SIGNATURE_MISSING a document carries a signature", "SIGNATURE_MISSING"));
        RuleCoverage coverage = RuleCoverage.of(RULES, List.of(), List.of(unexpected));
        assertThat(coverage.rulesWithoutFailingCase()).contains("SIGNATURE_MISSING a document carries a signature");
        assertThat(coverage.percentCovered()).isZero();
    }

    private static RuleCase.Result result(List<RuleCase.Expected> expected, List<String> absent, List<String> rules,
                                          RuleCase.Raised... raised) {
        RuleCase c = new RuleCase("cases/x.yaml", "x", 2023, "Tỉnh Bạc Liêu", List.of(), List.of(), expected, absent,
                List.of(), rules);
        return new RuleCase.Result(c, List.of(), List.of(), List.of(raised));
    }
}
