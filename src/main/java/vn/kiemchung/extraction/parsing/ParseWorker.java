package vn.kiemchung.extraction.parsing;

import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The child process: reads {@link ParseRequest} frames from stdin and answers each with one
 * {@link ParseReply} frame on stdout, until stdin closes. Started by {@code ChildProcess}; in the
 * fat jar it is reached through {@code KiemchungApplication __parse-worker}.
 */
public final class ParseWorker {

    /** Set on the child's command line by tests only: turns file names like "__hang__" into faults. */
    static final String TEST_HOOKS_PROPERTY = "kiemchung.parse.testHooks";

    private ParseWorker() {
    }

    /** Declares no checked exceptions so the application's main can hand over in one line. */
    public static void main(String[] args) {
        java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        try {
            serve();
        } catch (IOException brokenPipe) {
            // The parent closed our pipes or sent garbage: nobody is left to answer. A parent that has ended (a
            // command that finished, or found nothing to read, before this child was ready) needs no word on the
            // terminal it shared with us; one still running does.
            if (!ended(parent)) {
                System.err.println("parse worker stopping: " + brokenPipe.getMessage());
            }
            System.exit(1);
        }
    }

    /** Whether the process that started this child has ended (or ends within a moment: its exit closed our pipes). */
    private static boolean ended(java.util.Optional<ProcessHandle> parent) {
        if (parent.isEmpty()) {
            return true;
        }
        try {
            parent.get().onExit().get(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void serve() throws IOException {
        // stdout carries only frames: keep the real descriptor for them and send any stray
        // System.out printing from parsers or libraries to stderr.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        PrintStream stderr = System.err;
        System.setOut(stderr);
        quietLogging();
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

        boolean testHooks = Boolean.getBoolean(TEST_HOOKS_PROPERTY);
        FileParser.warmUpBeside();
        FileParser parser = new FileParser();
        Frames.write(out, Frames.READY);
        while (true) {
            ParseRequest request = Frames.read(in, ParseRequest.class);
            if (request == null) {
                return; // the parent closed stdin or died: nothing left to do
            }
            if (testHooks) {
                TestFaults.trigger(request.fileName());
            }
            ParseReply reply;
            try {
                reply = parser.parse(request);
            } catch (OutOfMemoryError oom) {
                // -XX:+ExitOnOutOfMemoryError normally ends us first; without it, a heap in an
                // unknown state must not parse the next file.
                Runtime.getRuntime().halt(3);
                return;
            }
            Frames.writeReply(out, reply);
        }
    }

    /** Parsers log generously at DEBUG; the child keeps warnings only, on stderr. */
    private static void quietLogging() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
                logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            }
        } catch (LinkageError noLogback) {
            // another slf4j binding: its own configuration applies
        }
    }
}
