package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component in the report.
 *
 * @param status what the points say ({@link ComponentStatus}); NOT_REQUIRED when scored by the ministry, or a code
 *               not in the set
 */
public record IndicatorResult(String code, ComponentStatus status, BigDecimal projectedPoints, BigDecimal maxPoints,
                              List<ReportFinding> findings, String mainCode, String name, String method,
                              boolean pointsVerified, int documents) {

    /** Worth points the province can win: required, with a maximum above zero. */
    public boolean scored() {
        return status != ComponentStatus.NOT_REQUIRED && maxPoints != null && maxPoints.signum() > 0;
    }

    /**
     * The province scores it but its row is not verified against the official table: the points shown are an
     * estimate (or unknown), and every report marks them so.
     */
    public boolean estimated() {
        return status != ComponentStatus.NOT_REQUIRED && !pointsVerified;
    }

    /** Every point won. */
    public boolean full() {
        return scored() && projectedPoints.compareTo(maxPoints) == 0;
    }

    /** Scored, and nothing won. */
    public boolean zero() {
        return scored() && projectedPoints.signum() == 0;
    }
}
