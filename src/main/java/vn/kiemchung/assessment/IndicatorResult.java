package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component in the report.
 *
 * @param status COMPLETE, WEAK, MISSING or NOT_REQUIRED (scored by the ministry, or a code not in the set)
 */
public record IndicatorResult(String code, String status, BigDecimal projectedPoints, BigDecimal maxPoints,
                              List<ReportFinding> findings, String mainCode, String name, String method,
                              boolean pointsVerified, int documents) {
}
