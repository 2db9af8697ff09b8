package vn.kiemchung.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceStored;

/**
 * Reads uploaded files in the background. Work is claimed from {@link ExtractionQueue} (SKIP LOCKED), so
 * several instances share it without reading a file twice, and a crash leaves nothing behind:
 * on start, extractions that were running are queued again.
 */
public class EvidenceExtraction {

    private static final Logger log = LoggerFactory.getLogger(EvidenceExtraction.class);

    private final EvidenceIntake intake;
    private final ExtractionQueue queue;
    private final DocumentReader reader;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final boolean soleInstance;
    private final long leaseSeconds;

    /**
     * @param soleInstance true when the database is embedded, so no other instance can hold claims
     * @param leaseSeconds how long a claim lives without renewal before another instance retakes it
     */
    EvidenceExtraction(EvidenceIntake intake, ExtractionQueue queue, DocumentReader reader, ApplicationEventPublisher events, int batchSize,
                       boolean soleInstance, long leaseSeconds) {
        this.intake = intake;
        this.queue = queue;
        this.reader = reader;
        this.events = events;
        this.batchSize = batchSize;
        this.soleInstance = soleInstance;
        this.leaseSeconds = leaseSeconds;
    }

    /** What was read from an evidence file: from the cache, or read now. */
    public ExtractedDocument extracted(Evidence evidence) {
        // A report asks for every file of a dossier: bytes read before are not fetched from storage again.
        return reader.cached(evidence.sha256())
                .orElseGet(() -> withLocalCopy(evidence, file -> reader.read(file, evidence.fileName(), evidence.sha256())));
    }

    /** Each file's extraction status (PENDING, RUNNING, DONE, FAILED) in the dossier, by evidence id. */
    public java.util.Map<Long, String> statuses(long dossierId) {
        return queue.statuses(dossierId);
    }

    /** One file's extraction status; empty when it has no job. */
    public java.util.Optional<String> status(long evidenceId) {
        return queue.status(evidenceId);
    }

    /** Whether a file of the dossier (not withdrawn) is still waiting to be read or being read. */
    public boolean reading(long dossierId) {
        return queue.reading(dossierId);
    }

    /** Whether scans can be read here: a reading made without OCR is read again where OCR is available. */
    public boolean ocrAvailable() {
        return reader.ocrAvailable();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        // Embedded database: every RUNNING row was ours before a crash. Shared database: only
        // rows whose instance stopped renewing them; others may be reading right now.
        int n = queue.requeueInterrupted(soleInstance, leaseSeconds);
        if (n > 0) {
            log.info("Re-queued {} extractions interrupted by a previous stop", n);
        }
        drain();
    }

    /** Runs after the upload's commit; the job itself was queued in that transaction by {@link ExtractionQueue}. */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceStored stored) {
        drain();
    }

    @Scheduled(fixedDelayString = "${kiemchung.extraction.poll-millis:2000}", initialDelay = 5000)
    void poll() {
        if (!soleInstance) {
            int n = queue.requeueInterrupted(false, leaseSeconds);
            if (n > 0) {
                log.info("Re-queued {} extractions whose instance stopped renewing its claim", n);
            }
        }
        drain();
    }

    /** Reads pending files until none is left. */
    public synchronized void drain() {
        List<Long> batch;
        while (!(batch = queue.claim(batchSize)).isEmpty()) {
            for (long evidenceId : batch) {
                queue.renewClaims();
                String status;
                Evidence evidence;
                ExtractedDocument doc = null;
                try {
                    evidence = intake.evidence(evidenceId);
                    doc = extracted(evidence);
                    status = doc.readable() ? "DONE" : "FAILED";
                } catch (RuntimeException e) {
                    // Storage unreachable: leave it pending for the next round, never drop it.
                    log.warn("Extraction of evidence {} postponed: {}", evidenceId, e.getMessage());
                    queue.record(evidenceId, ExtractionQueue.PENDING);
                    return;
                }
                queue.record(evidenceId, status);
                events.publishEvent(new DocumentExtracted(evidence.id(), evidence.dossierId(), evidence.sha256(), doc.outcome()));
            }
        }
    }

    private <T> T withLocalCopy(Evidence evidence, java.util.function.Function<Path, T> action) {
        Path temp = null;
        try (InputStream in = intake.content(evidence)) {
            temp = Files.createTempFile("kiemchung-evidence", ".bin");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return action.apply(temp);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot copy evidence " + evidence.id() + " for reading", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the OS cleans its temp folder
                }
            }
        }
    }
}
