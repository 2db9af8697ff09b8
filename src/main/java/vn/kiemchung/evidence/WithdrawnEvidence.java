package vn.kiemchung.evidence;

import java.time.OffsetDateTime;

/**
 * A file taken out of the dossier's checks: still stored and downloadable, with who withdrew it, when
 * and why, and the file that replaced it, if any.
 */
public record WithdrawnEvidence(long evidenceId, OffsetDateTime withdrawnAt, String withdrawnBy, String reason,
                                Long replacedBy) {
}
