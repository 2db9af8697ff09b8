package vn.kiemchung.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.review.EvidenceAccess;

/**
 * Progress of a dossier's reading as server-sent events: every second, how many files are
 * pending, being read, done or failed, until none is left to read.
 */
@RestController
class ProgressApi {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final EvidenceAccess access;
    private final Accounts accounts;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress-events");
        t.setDaemon(true);
        return t;
    });

    ProgressApi(EvidenceAccess access, Accounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/v1/dossiers/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress(@PathVariable long id, Principal user) {
        // An officer counts only the files of their own department's components, like everywhere else.
        Actor actor = accounts.actor(user);
        access.dossier(actor, id);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(ticker.scheduleAtFixedRate(() -> {
            try {
                Map<String, Long> counts = new TreeMap<>(access.evidenceOf(actor, id).stream()
                        .collect(Collectors.groupingBy(Evidence::extractionStatus, Collectors.counting())));
                emitter.send(SseEmitter.event().name("progress").data(counts, MediaType.APPLICATION_JSON));
                if (counts.getOrDefault("PENDING", 0L) == 0 && counts.getOrDefault("RUNNING", 0L) == 0) {
                    emitter.send(SseEmitter.event().name("done").data(counts, MediaType.APPLICATION_JSON));
                    emitter.complete();
                    task.get().cancel(false);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away, or the database did: stop sending
                emitter.completeWithError(e);
                ScheduledFuture<?> f = task.get();
                if (f != null) {
                    f.cancel(false);
                }
            }
        }, 200, 1000, TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> task.get().cancel(false));
        emitter.onTimeout(() -> task.get().cancel(false));
        return emitter;
    }
}
