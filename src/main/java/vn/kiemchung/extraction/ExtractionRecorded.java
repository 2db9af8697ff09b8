package vn.kiemchung.extraction;

import vn.kiemchung.trail.Traced;
import vn.kiemchung.trail.TrailEntry;

/** A file's reading ended (DONE, FAILED …) on the instance named, recorded in its extraction job. */
public record ExtractionRecorded(long evidenceId, String status, String instance) implements Traced {

    @Override
    public TrailEntry trailEntry() {
        return new TrailEntry("system", "EVIDENCE_EXTRACTED", null, evidenceId, null, null, null, null,
                status + " by " + instance);
    }
}
