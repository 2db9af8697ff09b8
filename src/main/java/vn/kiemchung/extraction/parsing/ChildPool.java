package vn.kiemchung.extraction.parsing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.extraction.RawText.Outcome;

import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * A fixed number of child processes that take turns on files. A child that hangs is killed; one
 * that dies is replaced on the next file; one that has served {@code recycleAfter} files is
 * retired, so leaks in parsers cannot accumulate. Thread-safe.
 */
public final class ChildPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChildPool.class);

    /** Loading Tika takes a few seconds on a busy machine; this only catches a child that never starts. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final List<String> command;
    private final int recycleAfter;
    private final Semaphore turns;
    private final Deque<ChildProcess> idle = new ConcurrentLinkedDeque<>();
    private final Set<ChildProcess> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Children being started by {@link #prestart}; notified as each is ready (or failed). */
    private final java.util.concurrent.atomic.AtomicInteger starting = new java.util.concurrent.atomic.AtomicInteger();

    public ChildPool(String name, List<String> command, int size, int recycleAfter) {
        this.name = name;
        this.command = List.copyOf(command);
        this.recycleAfter = recycleAfter;
        this.turns = new Semaphore(size, true);
    }

    /** Parses one file in a child; every failure of the child itself becomes an UNREADABLE reply. */
    public ParseReply parse(ParseRequest request, Duration timeout, String mediaTypeGuess) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for a parser", mediaTypeGuess);
        }
        try {
            if (closed) {
                return failed("parser pool closed", mediaTypeGuess);
            }
            ChildProcess child;
            try {
                child = takeChild();
            } catch (IOException e) {
                LOG.warn("{} parser process failed to start: {}", name, e.getMessage());
                return failed("parser process failed to start: " + e.getMessage(), mediaTypeGuess);
            }
            busy.add(child);
            try {
                ParseReply reply;
                try {
                    reply = child.call(request, timeout);
                } catch (ChildProcess.NotListening stale) {
                    // An idle child died (e.g. killed by the OS); give the file one fresh child.
                    child.kill();
                    busy.remove(child);
                    child = ChildProcess.start(command, START_TIMEOUT);
                    busy.add(child);
                    reply = child.call(request, timeout);
                }
                giveBack(child);
                return reply;
            } catch (TimeoutException e) {
                child.kill();
                LOG.warn("{} parser timed out after {} s on {}; child {} killed", name, timeout.toSeconds(),
                        request.fileName(), child.pid());
                return failed("timed out after " + timeout.toSeconds() + " s", mediaTypeGuess);
            } catch (IOException e) {
                String reason = child.deathReason();
                child.kill();
                LOG.warn("{} parser died on {}: {}", name, request.fileName(), reason);
                return failed(reason, mediaTypeGuess);
            } finally {
                busy.remove(child);
            }
        } finally {
            turns.release();
        }
    }

    /**
     * Starts {@code count} children in the background so the first files do not wait for a JVM to
     * start; the command line calls this before it reads the dossier and compiles the rules.
     */
    public void prestart(int count) {
        for (int i = 0; i < count; i++) {
            starting.incrementAndGet();
            Thread starter = new Thread(() -> {
                try {
                    ChildProcess child = ChildProcess.start(command, START_TIMEOUT);
                    idle.addLast(child);
                    if (closed && idle.remove(child)) {
                        child.stop();
                    }
                } catch (IOException e) {
                    LOG.debug("{} parser prestart failed: {}; a child starts on the first file instead", name, e.getMessage());
                } finally {
                    synchronized (starting) {
                        starting.decrementAndGet();
                        starting.notifyAll();
                    }
                }
            }, name + "-parser-prestart");
            starter.setDaemon(true);
            starter.start();
        }
    }

    private ChildProcess takeChild() throws IOException {
        ChildProcess child = idleChild();
        if (child != null) {
            return child;
        }
        // A child already starting (prestart) is ready sooner than a new one, which would also slow it down
        // by starting beside it (two JVMs loading Tika at once on two cores): wait for it.
        synchronized (starting) {
            long until = System.nanoTime() + START_TIMEOUT.toNanos();
            while (starting.get() > 0 && idle.isEmpty() && !closed && System.nanoTime() < until) {
                try {
                    starting.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while a parser process was starting", e);
                }
            }
        }
        child = idleChild();
        if (child != null) {
            return child;
        }
        child = ChildProcess.start(command, START_TIMEOUT);
        LOG.info("{} parser child {} started in {} ms", name, child.pid(), child.startMillis());
        return child;
    }

    private ChildProcess idleChild() {
        ChildProcess child;
        while ((child = idle.pollFirst()) != null) {
            if (child.alive()) {
                return child;
            }
        }
        return null;
    }

    private void giveBack(ChildProcess child) {
        if (closed || child.served() >= recycleAfter || !child.alive()) {
            child.stop();
        } else {
            idle.addFirst(child);
            if (closed && idle.remove(child)) {
                child.stop(); // close() ran while we were returning it
            }
        }
    }

    private static ParseReply failed(String reason, String mediaType) {
        return new ParseReply(RawText.failed(Outcome.UNREADABLE, reason, mediaType), false, 0);
    }

    @Override
    public void close() {
        closed = true;
        ChildProcess child;
        while ((child = idle.pollFirst()) != null) {
            child.stop();
        }
        // A file in progress cannot finish usefully once the extractor is closed.
        for (ChildProcess running : busy) {
            running.kill();
        }
    }
}
