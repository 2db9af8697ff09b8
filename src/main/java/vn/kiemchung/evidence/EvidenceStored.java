package vn.kiemchung.evidence;

import vn.kiemchung.trail.Traced;
import vn.kiemchung.trail.TrailEntry;

/**
 * Published once the bytes of an upload are safely stored and recorded, before anyone parses them, in the
 * transaction that records it: extraction reads it after the commit, the review reopens a handed-in
 * component, the trail writes EVIDENCE_UPLOADED.
 */
public record EvidenceStored(long evidenceId, long dossierId, String indicatorCode, String fileName, String sha256,
                             String uploadedBy) implements Traced {

    @Override
    public TrailEntry trailEntry() {
        return new TrailEntry(uploadedBy, "EVIDENCE_UPLOADED", dossierId, evidenceId, null, sha256, null, null,
                indicatorCode + " " + fileName);
    }
}
