package vn.kiemchung.assessment;

import java.math.BigDecimal;

/** A finding in the report: the contract's keys, then the fix and the points at risk. */
public record ReportFinding(String severity, String code, String rule, String document, String message,
                            String messageEn, Integer page, String fix, String fixEn, String indicator,
                            BigDecimal pointsAtRisk) {
}
