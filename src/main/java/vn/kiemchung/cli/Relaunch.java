package vn.kiemchung.cli;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.kiemchung.extraction.IsolatedParsing;

/**
 * {@code java -jar kiemchung.jar audit …} hands the work to a JVM started from the unpacked copy of the jar
 * (made once, reused by the parse children too), with C1 only: loading classes from jars nested in the fat
 * jar and C2's compiling were a third of the first audit's CPU in the main process (BENCHMARKS §1). The
 * JVM options given to the first JVM (-Xmx…) are given to the second; its exit status is the command's.
 * Where the copy cannot be made, or {@code KIEMCHUNG_RELAUNCH=0}, the command runs in the first JVM as before.
 */
final class Relaunch {

    /** Commands long enough to gain from it; the others answer at once anyway. */
    private static final Set<String> COMMANDS = Set.of("audit", "extract");
    static final String MARK = "-Dkiemchung.relaunched=true";
    private static final String STARTED = "kiemchung.started";
    /** The class path of the JVM the person started (the fat jar), which identifies the program (ReportKey). */
    static final String LAUNCHED_FROM = "kiemchung.launched-from";

    private Relaunch() {
    }

    static OptionalInt run(String[] args, String mainClass) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        return forwardedOptions().flatMap(options -> IsolatedParsing.plainCommand(mainClass, options)).map(command -> {
            List<String> full = new ArrayList<>(command);
            full.addAll(Arrays.asList(args));
            return start(full, Duration.ofSeconds(10), Optional.empty());
        }).orElse(OptionalInt.empty());
    }

    /**
     * {@code java -jar kiemchung.jar} (the server) hands over the same way, with C2 kept and the server's
     * class-data archive mapped once there is one: on two cores its start on embedded defaults goes from about
     * 13 s to about 7 s (BENCHMARKS §10). The first start of a new jar makes that archive in the background, at
     * the lowest priority, in a short run of its own. Stopping this JVM (Ctrl-C, a service manager's TERM) stops
     * the server gracefully and waits for it, so its database is closed as before.
     */
    static OptionalInt serve(String[] args, String mainClass) {
        return forwardedOptions().flatMap(options -> IsolatedParsing.serverCommand(mainClass, options)).map(command -> {
            List<String> full = new ArrayList<>(command);
            full.addAll(Arrays.asList(args));
            // empty when the archive is there already (or another process is making it)
            Optional<AutoCloseable> training = IsolatedParsing.trainServerArchive(mainClass);
            // the server's shutdown closes the database and the object store: give it time
            return start(full, Duration.ofSeconds(90), training);
        }).orElse(OptionalInt.empty());
    }

    /** This JVM's options for the second one, marked; empty when the work is to stay in this JVM. */
    private static Optional<List<String>> forwardedOptions() {
        if (Boolean.getBoolean("kiemchung.relaunched") || "0".equals(System.getenv("KIEMCHUNG_RELAUNCH"))) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (options.stream().anyMatch(o -> o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp") || o.startsWith("-javaagent"))) {
            // a debugger or an agent is attached to this JVM: the person wants the work to run here
            return Optional.empty();
        }
        options.add(MARK);
        // the program is the jar the person started, not the unpacked copy: reports kept by one serve the other
        options.add("-D" + LAUNCHED_FROM + "=" + System.getProperty("java.class.path", ""));
        // --timings counts from the first JVM's start, as the person who typed the command does
        options.add("-D" + STARTED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        return Optional.of(options);
    }

    /** When the command was started, in milliseconds since the epoch: the first JVM's start when relaunched. */
    static long startedAt() {
        return Long.getLong(STARTED, ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** How this JVM runs the command, for --timings. */
    static String describe() {
        if (!Boolean.getBoolean("kiemchung.relaunched")) {
            return "running in the JVM started by the command (set KIEMCHUNG_RELAUNCH=1, the default, and a writable cache folder to restart from the unpacked jar)";
        }
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-D")).toList();
        return "started again from the unpacked jar: " + String.join(" ", flags);
    }

    /**
     * Runs the second JVM to its end and gives its exit status. When this JVM is stopped first, the second is
     * asked to stop (TERM) and given {@code grace} to finish before this one ends; {@code beside} (the
     * archive's training run) is stopped with it.
     */
    private static OptionalInt start(List<String> command, Duration grace, Optional<AutoCloseable> beside) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException | RuntimeException e) {
            beside.ifPresent(Relaunch::closeQuietly);
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
            beside.ifPresent(Relaunch::closeQuietly);
        }, "relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook does the rest
                    return OptionalInt.of(status);
                }
                beside.ifPresent(Relaunch::closeQuietly);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // keep waiting: the command's status is this process's
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // a training run that cannot be stopped cleanly leaves no archive; nothing to tell
        }
    }
}
