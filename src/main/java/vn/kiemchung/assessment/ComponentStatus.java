package vn.kiemchung.assessment;

/**
 * Where a component stands, as its points say (issue 13): the report's {@code status}.
 */
public enum ComponentStatus {
    /** Every point is won (warnings that cost nothing may remain). */
    COMPLETE,
    /** Something is filed, but some points are lost. */
    WEAK,
    /** Nothing is filed. */
    MISSING,
    /** Not the province's to prove: scored by the ministry, or a code outside the year's set. */
    NOT_REQUIRED;

    /** The status of a component the province scores, from how many files it has and the share of points won. */
    static ComponentStatus of(int filed, double fraction) {
        if (filed == 0) {
            return MISSING;
        }
        return fraction >= 1.0 ? COMPLETE : WEAK;
    }
}
