package vn.kiemchung.trail;

/**
 * One line for the audit trail, published as an event by the module where it happened: who did what,
 * to which dossier, file (by SHA-256) and component, from which state to which.
 */
public record TrailEntry(String actor, String action, Long dossierId, Long evidenceId, String indicatorCode,
                         String sha256, String before, String after, String detail) implements Traced {

    /** A line about no dossier or file (accounts, departments, rules). */
    public static TrailEntry of(String actor, String action, String before, String after, String detail) {
        return new TrailEntry(actor, action, null, null, null, null, before, after, detail);
    }

    @Override
    public TrailEntry trailEntry() {
        return this;
    }
}
