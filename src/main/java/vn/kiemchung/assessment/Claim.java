package vn.kiemchung.assessment;

import java.math.BigDecimal;

/** One row of self-assessment.csv: the value the province claims for a component. */
public record Claim(String code, BigDecimal value, String unit, String note) {
}
