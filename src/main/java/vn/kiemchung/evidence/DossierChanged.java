package vn.kiemchung.evidence;

import vn.kiemchung.trail.Traced;
import vn.kiemchung.trail.TrailEntry;

/** A dossier was created or deleted (only while it held no file), in the transaction that did it. */
public record DossierChanged(long dossierId, String province, int year, boolean deleted, String actor) implements Traced {

    @Override
    public TrailEntry trailEntry() {
        return new TrailEntry(actor, deleted ? "DOSSIER_DELETED" : "DOSSIER_CREATED", dossierId, null, null, null, null, null,
                province + " " + year);
    }
}
