package vn.kiemchung.trail;

/**
 * An event of some module that leaves a line in the audit trail: the trail listens for every such event
 * and writes {@link #trailEntry()} in the transaction that published it, so the line is kept exactly when
 * what it tells of is.
 */
public interface Traced {

    TrailEntry trailEntry();
}
