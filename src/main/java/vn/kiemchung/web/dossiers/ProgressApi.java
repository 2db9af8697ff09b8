package vn.kiemchung.web.dossiers;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.evidence.EvidenceStored;
import vn.kiemchung.evidence.EvidenceWithdrawn;
import vn.kiemchung.extraction.DocumentExtracted;
import vn.kiemchung.extraction.EvidenceExtraction;
import vn.kiemchung.review.EvidenceAccess;

/**
 * Progress of a dossier's reading as server-sent events: how many files are pending, being read, done
 * or failed, sent on connecting and then each time a file of the dossier is stored, withdrawn or read
 * (the events {@code EvidenceStored}, {@code EvidenceWithdrawn}, {@code DocumentExtracted}), until none
 * is left to read. Only counts that changed are sent. A reading finished by another instance sharing the
 * database raises no event here: a recount every {@code kiemchung.progress.recount-seconds} (30) covers it.
 */
@RestController
class ProgressApi {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final EvidenceAccess access;
    private final Accounts accounts;
    /** Who listens to which dossier. */
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    /** Counts are sent from here, never from the thread that published the event (a reading, an upload). */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "progress-events");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService recount = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress-recount");
        t.setDaemon(true);
        return t;
    });

    private final EvidenceExtraction extraction;

    ProgressApi(EvidenceAccess access, Accounts accounts, EvidenceExtraction extraction,
                @Value("${kiemchung.progress.recount-seconds:30}") long recountSeconds) {
        this.extraction = extraction;
        this.access = access;
        this.accounts = accounts;
        recount.scheduleWithFixedDelay(() -> listeners.keySet().forEach(this::changed), recountSeconds, recountSeconds,
                TimeUnit.SECONDS);
    }

    /** One open stream: whose it is (an officer counts their own components only) and the counts it last sent. */
    private final class Listener {
        final Actor actor;
        final long dossierId;
        final SseEmitter emitter;
        Map<String, Long> lastSent;
        boolean closed;

        Listener(Actor actor, long dossierId, SseEmitter emitter) {
            this.actor = actor;
            this.dossierId = dossierId;
            this.emitter = emitter;
        }

        /** Sends the counts if they changed; ends the stream when nothing is left to read. */
        synchronized void send() {
            if (closed) {
                return;
            }
            try {
                Map<Long, String> statuses = extraction.statuses(dossierId);
                Map<String, Long> counts = new TreeMap<>(access.evidenceOf(actor, dossierId).stream()
                        .collect(Collectors.groupingBy(e -> String.valueOf(statuses.get(e.id())), Collectors.counting())));
                if (!counts.equals(lastSent)) {
                    emitter.send(SseEmitter.event().name("progress").data(counts, MediaType.APPLICATION_JSON));
                    lastSent = counts;
                }
                if (counts.getOrDefault("PENDING", 0L) == 0 && counts.getOrDefault("RUNNING", 0L) == 0) {
                    emitter.send(SseEmitter.event().name("done").data(counts, MediaType.APPLICATION_JSON));
                    close();
                    emitter.complete();
                }
            } catch (IOException | RuntimeException e) {
                // the client went away, or the database did: stop sending
                close();
                emitter.completeWithError(e);
            }
        }

        synchronized void close() {
            closed = true;
            Set<Listener> set = listeners.get(dossierId);
            if (set != null) {
                set.remove(this);
                listeners.computeIfPresent(dossierId, (id, s) -> s.isEmpty() ? null : s);
            }
        }
    }

    @GetMapping(path = "/api/v1/dossiers/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress(@PathVariable long id, Principal user) {
        // An officer counts only the files of their own department's components, like everywhere else.
        Actor actor = accounts.actor(user);
        access.dossier(actor, id);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Listener listener = new Listener(actor, id, emitter);
        // listening before the first count: a reading that ends in between is not missed
        listeners.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(listener);
        emitter.onCompletion(listener::close);
        emitter.onTimeout(listener::close);
        emitter.onError(e -> listener.close());
        sender.execute(listener::send);
        return emitter;
    }

    @EventListener
    void on(DocumentExtracted extracted) {
        changed(extracted.dossierId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceStored stored) {
        changed(stored.dossierId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceWithdrawn withdrawn) {
        changed(withdrawn.dossierId());
    }

    private void changed(long dossierId) {
        Set<Listener> set = listeners.get(dossierId);
        if (set != null && !set.isEmpty()) {
            sender.execute(() -> set.forEach(Listener::send));
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        recount.shutdownNow();
        sender.shutdownNow();
    }
}
