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
 * Reads uploaded files in the background. Work is claimed from the database (SKIP LOCKED), so
 * several instances share it without reading a file twice, and a crash leaves nothing behind:
 * on start, extractions that were running are queued again.
 */
public class EvidenceExtraction {

    private static final Logger log = LoggerFactory.getLogger(EvidenceExtraction.class);

    private final EvidenceIntake intake;
    private final DocumentReader reader;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final boolean soleInstance;
    private final long leaseSeconds;

    /**
     * @param soleInstance true when the database is embedded, so no other instance can hold claims
     * @param leaseSeconds how long a claim lives without renewal before another instance retakes it
     */
    EvidenceExtraction(EvidenceIntake intake, DocumentReader reader, ApplicationEventPublisher events, int batchSize,
                       boolean soleInstance, long leaseSeconds) {
        this.intake = intake;
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

    /** Whether scans can be read here: a reading made without OCR is read again where OCR is available. */
    public boolean ocrAvailable() {
        return reader.ocrAvailable();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        // Embedded database: every RUNNING row was ours before a crash. Shared database: only
        // rows whose instance stopped renewing them; others may be reading right now.
        int n = intake.requeueInterruptedExtractions(soleInstance, leaseSeconds);
        if (n > 0) {
            log.info("Re-queued {} extractions interrupted by a previous stop", n);
        }
        drain();
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceStored stored) {
        drain();
    }

    @Scheduled(fixedDelayString = "${kiemchung.extraction.poll-millis:2000}", initialDelay = 5000)
    void poll() {
        if (!soleInstance) {
            int n = intake.requeueInterruptedExtractions(false, leaseSeconds);
            if (n > 0) {
                log.info("Re-queued {} extractions whose instance stopped renewing its claim", n);
            }
        }
        drain();
    }

    /** Reads pending files until none is left. */
    public synchronized void drain() {
        List<Evidence> batch;
        while (!(batch = intake.claimPendingExtractions(batchSize)).isEmpty()) {
            for (Evidence evidence : batch) {
                intake.renewExtractionClaims();
                String status;
                ExtractedDocument doc = null;
                try {
                    doc = extracted(evidence);
                    status = doc.readable() ? "DONE" : "FAILED";
                } catch (RuntimeException e) {
                    // Storage unreachable: leave it pending for the next round, never drop it.
                    log.warn("Extraction of evidence {} postponed: {}", evidence.id(), e.getMessage());
                    intake.recordExtraction(evidence.id(), "PENDING");
                    return;
                }
                intake.recordExtraction(evidence.id(), status);
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
