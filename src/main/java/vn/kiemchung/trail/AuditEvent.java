package vn.kiemchung.trail;

import java.time.OffsetDateTime;

/** One row of the append-only audit trail: who did what, when, to which file (by SHA-256), from which state to which. */
public record AuditEvent(long id, OffsetDateTime at, String actor, String action, Long dossierId, Long evidenceId,
                         String indicatorCode, String sha256, String before, String after, String detail) {
}
