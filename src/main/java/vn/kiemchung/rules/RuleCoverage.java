package vn.kiemchung.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How well a year's cases cover its rules: the components with no rule of their own (the shared
 * rules still check them), and the deciding rules that no case shows failing (the rule raised
 * the finding the case expected) or passing (a case where the rule's finding is expected absent
 * and it stayed silent). Rules that only derive facts are listed apart and not counted.
 */
public record RuleCoverage(int components, List<String> componentsWithoutRule, List<String> rulesWithoutFailingCase,
                           List<String> rulesWithoutPassingCase, List<String> derivingRules, int decidingRules) {

    /** A finding code as the first word of a rule's name: {@code SIGNATURE_MISSING ...}. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /** A component rule: {@code "1.2 ..."}. */
    private static final Pattern COMPONENT_RULE = Pattern.compile("\\d+(?:\\.\\d+)+ .*");

    /**
     * @param ruleNames     every rule of the year's rule base
     * @param componentCodes the catalogue's component codes, in catalogue order
     * @param results       the year's case results
     */
    public static RuleCoverage of(Collection<String> ruleNames, List<String> componentCodes, List<RuleCase.Result> results) {
        Set<String> names = new TreeSet<>(ruleNames);
        List<String> without = componentCodes.stream()
                .filter(code -> names.stream().noneMatch(n -> n.startsWith(code + " "))).toList();
        // A rule's codes: the first word of its name when it is a finding code, and every code it raised in a case.
        Map<String, Set<String>> codes = new HashMap<>();
        for (String name : names) {
            Set<String> set = new LinkedHashSet<>();
            String first = name.split(" ", 2)[0];
            if (CODE.matcher(first).matches()) {
                set.add(first);
            }
            codes.put(name, set);
        }
        results.forEach(r -> r.raised().forEach(x -> codes.computeIfAbsent(x.rule(), k -> new LinkedHashSet<>()).add(x.code())));
        List<String> deciding = names.stream().filter(RuleCoverage::decides).toList();
        List<String> noFailing = new ArrayList<>();
        List<String> noPassing = new ArrayList<>();
        for (String rule : deciding) {
            boolean failing = results.stream().anyMatch(r -> r.raised().stream().anyMatch(x -> x.rule().equals(rule)
                    && r.ruleCase().expected().stream().anyMatch(e -> e.code().equals(x.code()))));
            boolean passing = results.stream().anyMatch(r -> {
                boolean raisedHere = r.raised().stream().anyMatch(x -> x.rule().equals(rule));
                return !raisedHere && (r.ruleCase().absent().stream().anyMatch(codes.get(rule)::contains)
                        || (r.ruleCase().rules().contains(rule) && !r.ruleCase().absent().isEmpty()));
            });
            if (!failing) {
                noFailing.add(rule);
            }
            if (!passing) {
                noPassing.add(rule);
            }
        }
        List<String> deriving = names.stream().filter(n -> !decides(n)).toList();
        return new RuleCoverage(componentCodes.size(), without, List.copyOf(noFailing), List.copyOf(noPassing), deriving,
                deciding.size());
    }

    private static boolean decides(String rule) {
        return CODE.matcher(rule.split(" ", 2)[0]).matches() || COMPONENT_RULE.matcher(rule).matches();
    }

    /** Deciding rules with both a failing and a passing case, as a share 0–100. */
    public int percentCovered() {
        if (decidingRules == 0) {
            return 100;
        }
        Set<String> gaps = new LinkedHashSet<>(rulesWithoutFailingCase);
        gaps.addAll(rulesWithoutPassingCase);
        return (int) Math.round(100.0 * (decidingRules - gaps.size()) / decidingRules);
    }
}
