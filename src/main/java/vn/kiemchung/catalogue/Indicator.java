package vn.kiemchung.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A component indicator (chỉ số thành phần) of one assessment year.
 *
 * @param maxPoints   null when the points are not known yet (left for the domain experts)
 * @param steps       for COUNT: ascending thresholds, e.g. "1:0.5,2:1.0" meaning 1 item → half, 2+ → full
 *                    (fractions of maxPoints)
 * @param minValue    for MIN_MAX: the value that scores zero
 * @param maxValue    for MIN_MAX: the value that scores full
 * @param verified    false when the row is a reconstruction not yet checked against the official table
 */
public record Indicator(String code, String mainCode, String nameVi, String nameEn, BigDecimal maxPoints,
                        ScoringMethod method, Validity validity, String supplier, String verifier,
                        EvidenceExpectation evidence, List<Step> steps, BigDecimal minValue,
                        BigDecimal maxValue, boolean verified) {

    /** One step of a COUNT table: from {@code atLeast} qualifying items, this fraction of the points. */
    public record Step(int atLeast, BigDecimal fraction) {
    }

    /** Survey and system-measured components are scored by the ministry, not by the province. */
    public boolean scoredByProvince() {
        return method != ScoringMethod.SURVEY && method != ScoringMethod.SYSTEM;
    }
}
