package vn.kiemchung.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The review state of one component of a dossier.
 *
 * @param reopenedFrom the state (SUBMITTED, IN_REVIEW, ACCEPTED) an upload took it out of, kept until the
 *                     coordinator's next decision so the queue can mark it; null otherwise
 */
public record ReviewItem(long dossierId, String indicatorCode, ReviewStatus status, String submittedBy,
                         OffsetDateTime submittedAt, LocalDate deadline, String comment, String decidedBy,
                         OffsetDateTime decidedAt, OffsetDateTime reopenedAt, String reopenedBy, String reopenedFrom) {

    static ReviewItem draft(long dossierId, String indicatorCode) {
        return new ReviewItem(dossierId, indicatorCode, ReviewStatus.DRAFT, null, null, null, null, null, null, null, null, null);
    }

    public boolean reopened() {
        return reopenedFrom != null;
    }

    /** Handed in or accepted: an upload would take it back out of the coordinator's hands. */
    public boolean handedIn() {
        return status == ReviewStatus.SUBMITTED || status == ReviewStatus.IN_REVIEW || status == ReviewStatus.ACCEPTED;
    }
}
