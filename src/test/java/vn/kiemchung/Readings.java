package vn.kiemchung;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waiting, in a test, until uploaded files have been read: one place that knows how the extraction queue
 * says a reading has ended ({@code extraction_job}: DONE or FAILED; PENDING and RUNNING still to come).
 */
public final class Readings {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private Readings() {
    }

    /** Until the file {@code evidenceId} has been read (successfully or not). */
    public static void awaitFile(JdbcClient jdbc, long evidenceId) throws InterruptedException {
        Instant until = Instant.now().plus(LIMIT);
        while (!ended(jdbc.sql("select status from extraction_job where evidence_id = ?").param(evidenceId)
                .query(String.class).optional().orElse(null))) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("evidence " + evidenceId + " was not read within " + LIMIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Until no file of the dossier waits to be read or is being read. */
    public static void awaitDossier(JdbcClient jdbc, long dossier) throws InterruptedException {
        Instant until = Instant.now().plus(LIMIT);
        while (jdbc.sql("select count(*) from extraction_job where dossier_id = ? and status in ('PENDING', 'RUNNING')")
                .param(dossier).query(Integer.class).single() > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the files of dossier " + dossier + " were not read within " + LIMIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static boolean ended(String status) {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
