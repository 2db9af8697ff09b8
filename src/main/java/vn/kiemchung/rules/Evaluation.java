package vn.kiemchung.rules;

import java.util.List;

/** What the rules concluded from one set of facts. */
public record Evaluation(String rulesetVersion, List<Finding> findings, List<Grade> grades) {
}
