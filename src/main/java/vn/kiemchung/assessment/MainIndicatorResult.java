package vn.kiemchung.assessment;

import java.math.BigDecimal;

/** Totals of one main indicator (chỉ số chính). */
public record MainIndicatorResult(String code, String name, BigDecimal projectedPoints, BigDecimal maxPoints,
                                  int components, int full, int partial, int zero) {
}
