package vn.kiemchung.evidence;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stored objects that no record points to. An upload puts its object before the short
 * transaction that records it; if the database fails in between, the client got an error and the
 * object is an orphan. Objects are content-addressed ({@code sha256/ab/<sha256>}), so an object
 * with no {@code stored_object} row that is older than {@code minAge} is one nobody acknowledged.
 * An upload always re-puts an object that is not recorded yet, which makes it young again, so a
 * sweep cannot race an upload of the same bytes.
 */
@Component
class OrphanSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

    private final EvidenceStore store;
    private final EvidenceRecords records;
    private final Duration minAge;

    OrphanSweeper(EvidenceStore store, EvidenceRecords records,
                  @Value("${kiemchung.storage.orphan-min-age-minutes:60}") long minAgeMinutes) {
        this.store = store;
        this.records = records;
        this.minAge = Duration.ofMinutes(minAgeMinutes);
    }

    @Scheduled(fixedDelayString = "${kiemchung.storage.orphan-sweep-millis:900000}", initialDelay = 60_000)
    void scheduled() {
        try {
            sweep(minAge);
        } catch (RuntimeException e) {
            log.warn("Orphan sweep skipped: {}", e.getMessage());
        }
    }

    /** @return the number of objects deleted */
    public int sweep(Duration olderThan) {
        Instant cutoff = Instant.now().minus(olderThan);
        int deleted = 0;
        for (EvidenceStore.StoredKey object : store.list("sha256/")) {
            String key = object.key();
            String sha256 = key.substring(key.lastIndexOf('/') + 1);
            if (object.lastModified().isBefore(cutoff) && sha256.matches("[0-9a-f]{64}")
                    && key.equals(EvidenceIntake.storageKey(sha256)) && !records.objectRecorded(sha256)) {
                store.delete(key);
                deleted++;
                log.info("Deleted orphaned object {} (no record, older than {} min)", key, olderThan.toMinutes());
            }
        }
        return deleted;
    }
}
