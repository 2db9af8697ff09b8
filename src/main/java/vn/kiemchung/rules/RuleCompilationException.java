package vn.kiemchung.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules of a year did not compile; the last good rule base stays in service. */
public class RuleCompilationException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompilationException(int year, List<RuleProblem> problems) {
        super("rules for " + year + " do not compile: "
                + problems.stream().filter(RuleProblem::error).map(RuleProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
