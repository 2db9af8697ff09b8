package vn.kiemchung.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The review state of one component of a dossier. */
public record ReviewItem(long dossierId, String indicatorCode, ReviewStatus status, String submittedBy,
                         OffsetDateTime submittedAt, LocalDate deadline, String comment, String decidedBy,
                         OffsetDateTime decidedAt) {

    static ReviewItem draft(long dossierId, String indicatorCode) {
        return new ReviewItem(dossierId, indicatorCode, ReviewStatus.DRAFT, null, null, null, null, null, null);
    }
}
