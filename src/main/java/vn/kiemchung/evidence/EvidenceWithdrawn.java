package vn.kiemchung.evidence;

import vn.kiemchung.trail.Traced;
import vn.kiemchung.trail.TrailEntry;

/**
 * A file left the dossier's checks (it stays stored): withdrawn with a reason, or replaced by the file
 * {@code replacedBy}. Published in the transaction that records it.
 */
public record EvidenceWithdrawn(Evidence evidence, String actor, String reason, Long replacedBy) implements Traced {

    public long evidenceId() {
        return evidence.id();
    }

    public long dossierId() {
        return evidence.dossierId();
    }

    public String indicatorCode() {
        return evidence.indicatorCode();
    }

    @Override
    public TrailEntry trailEntry() {
        return new TrailEntry(actor, replacedBy == null ? "EVIDENCE_WITHDRAWN" : "EVIDENCE_REPLACED", evidence.dossierId(),
                evidence.id(), null, evidence.sha256(), null, null, evidence.indicatorCode() + " " + evidence.fileName()
                        + (replacedBy == null ? "" : " -> #" + replacedBy) + ": " + reason);
    }
}
