package vn.kiemchung.rules;

import java.util.List;
import org.kie.api.KieBase;

/**
 * The compiled rules of one year. Immutable: a reload builds a new one, and audits that started on
 * this one finish on it.
 *
 * @param version "2023@" + the first 12 hex digits of the SHA-256 of every rule file's path and bytes
 */
public record RuleBase(int year, String version, KieBase kieBase, List<String> ruleNames, List<String> files,
                       List<RuleProblem> warnings) {
}
