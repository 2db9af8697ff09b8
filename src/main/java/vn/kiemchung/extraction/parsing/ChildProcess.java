package vn.kiemchung.extraction.parsing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running child JVM and its pipes. Not thread-safe: a {@link ChildPool} lends it to one
 * caller at a time.
 */
final class ChildProcess {

    /** Reads replies so the caller can wait with a timeout; daemon threads never hold the JVM open. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "parse-child-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final Process process;
    private final DataInputStream in;
    private final DataOutputStream out;
    private long startMillis;
    private int served;

    /** Where this child writes its class-data archive when it ends, or null. */
    private final Path dumpingTo;

    private ChildProcess(Process process, Path dumpingTo) {
        this.process = process;
        this.dumpingTo = dumpingTo;
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /**
     * What a parser child inherits of the app's environment: where programs and temporary files are,
     * the language and time zone, and OCR's settings — never the app's secrets (database, S3, the
     * bootstrap password), which a hostile file exploiting a parser could otherwise read from its
     * own environment.
     */
    static final Set<String> INHERITED = Set.of("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "TEMP", "TMP",
            "TESSDATA_PREFIX", "OMP_THREAD_LIMIT", "SYSTEMROOT", "WINDIR");

    static Map<String, String> environment(Map<String, String> parent) {
        Map<String, String> kept = new TreeMap<>();
        parent.forEach((name, value) -> {
            if (INHERITED.contains(name.toUpperCase(java.util.Locale.ROOT))) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** Starts a child and waits until it has loaded Tika and said it is ready. */
    static ChildProcess start(List<String> command, Duration startTimeout) throws IOException {
        long started = System.nanoTime();
        ClassSharing.Launch launch = ClassSharing.forChild(command);
        ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> kept = environment(builder.environment());
        builder.environment().clear();
        builder.environment().putAll(kept);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if (launch.dumpingTo() != null) {
                ClassSharing.childDumpEnded(launch.dumpingTo());
            }
            throw e;
        }
        ChildProcess child = new ChildProcess(process, launch.dumpingTo());
        try {
            Object ready = child.await(() -> Frames.read(child.in, String.class), startTimeout);
            if (!Frames.READY.equals(ready)) {
                throw new IOException("parser process sent " + ready + " instead of ready");
            }
        } catch (TimeoutException e) {
            child.kill();
            throw new IOException("parser process did not start within " + startTimeout.toSeconds() + " s");
        } catch (IOException e) {
            child.kill();
            throw e;
        }
        child.startMillis = (System.nanoTime() - started) / 1_000_000;
        return child;
    }

    /**
     * @throws TimeoutException the child did not answer in time (the caller must kill it)
     * @throws IOException      the child died or broke the protocol
     */
    ParseReply call(ParseRequest request, Duration timeout) throws IOException, TimeoutException {
        served++;
        try {
            Frames.write(out, request);
        } catch (IOException e) {
            throw new NotListening(e);
        }
        ParseReply reply = await(() -> Frames.readReply(in), timeout);
        if (reply == null) {
            throw new IOException("parser process closed its output");
        }
        return reply;
    }

    /** The child was gone before it got the request, so the file itself is not to blame. */
    static final class NotListening extends IOException {
        NotListening(IOException cause) {
            super("parser process was not listening", cause);
        }
    }

    private interface Read<T> {
        T read() throws IOException;
    }

    private <T> T await(Read<T> read, Duration timeout) throws IOException, TimeoutException {
        Future<T> pending = READERS.submit(read::read);
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IOException("interrupted while waiting for the parser process", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        }
    }

    /** Why the child ended, once it has: "out of memory" when -XX:+ExitOnOutOfMemoryError fired. */
    String deathReason() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return "parser process stopped answering";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "parser process stopped answering";
        }
        int code = process.exitValue();
        // HotSpot's ExitOnOutOfMemoryError exits with 3
        return code == 3 ? "parser ran out of memory" : "parser process crashed (exit code " + code + ")";
    }

    boolean alive() {
        return process.isAlive();
    }

    int served() {
        return served;
    }

    long startMillis() {
        return startMillis;
    }

    long pid() {
        return process.pid();
    }

    /** Asks the child to finish by closing its stdin; kills it if it does not go quickly. */
    void stop() {
        try {
            out.close();
        } catch (IOException ignored) {
            // already gone
        }
        if (dumpingTo != null) {
            // writing its class-data archive takes the child seconds after its input closed: nobody waits for
            // that (an audit ends without it); the child writes it and ends on its own
            process.onExit().thenRun(this::dumpEnded);
            return;
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void dumpEnded() {
        if (dumpingTo != null && !process.isAlive()) {
            ClassSharing.childDumpEnded(dumpingTo);
        }
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dumpEnded();
    }
}
