package vn.kiemchung.assessment;

import java.util.Set;

/**
 * The coordinator's waivers of a dossier changed: the review publishes the whole new set, and the kept
 * report with those waivers applied is made again before anyone asks for it.
 *
 * @param dossierId the dossier
 * @param waived    every waived finding of the dossier now, as {@link ReportFinding#waiverKey()} keys
 */
public record WaiversChanged(long dossierId, Set<String> waived) {

    public WaiversChanged {
        waived = Set.copyOf(waived);
    }
}
