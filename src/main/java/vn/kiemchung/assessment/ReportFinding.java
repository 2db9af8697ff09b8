package vn.kiemchung.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A finding in the report: the contract's keys, then the fix and the points at risk.
 *
 * @param waived true when a coordinator waived this WARNING (it then puts no points at risk);
 *               absent (null) otherwise, so reports without waivers read as before
 */
public record ReportFinding(String severity, String code, String rule, String document, String message,
                            String messageEn, Integer page, String fix, String fixEn, String indicator,
                            BigDecimal pointsAtRisk,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean waived) {

    public ReportFinding(String severity, String code, String rule, String document, String message,
                         String messageEn, Integer page, String fix, String fixEn, String indicator,
                         BigDecimal pointsAtRisk) {
        this(severity, code, rule, document, message, messageEn, page, fix, fixEn, indicator, pointsAtRisk, null);
    }

    /** The key a waiver of this finding is recorded under: "indicator|code|document". */
    public String waiverKey() {
        return waiverKey(indicator, code, document);
    }

    public static String waiverKey(String indicator, String code, String document) {
        return indicator + "|" + code + "|" + (document == null ? "" : document);
    }

    public boolean hasWaiver() {
        return Boolean.TRUE.equals(waived);
    }
}
