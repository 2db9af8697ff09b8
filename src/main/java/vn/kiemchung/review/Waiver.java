package vn.kiemchung.review;

import java.time.OffsetDateTime;

/** A coordinator's acceptance of a WARNING finding on one document, with the justification. */
public record Waiver(long id, long dossierId, String indicatorCode, String findingCode, String document,
                     String justification, String waivedBy, OffsetDateTime waivedAt) {

    /** The key the audit uses: "indicator|code|document". */
    public String key() {
        return indicatorCode + "|" + findingCode + "|" + document;
    }
}
