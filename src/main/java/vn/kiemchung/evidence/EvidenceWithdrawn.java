package vn.kiemchung.evidence;

/**
 * Published when a file leaves the dossier's checks (withdrawn, or replaced by {@code replacedBy}); it
 * stays stored and in the trail.
 */
public record EvidenceWithdrawn(long evidenceId, long dossierId, String indicatorCode, Long replacedBy) {
}
