package vn.kiemchung.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
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

    private Relaunch() {
    }

    static OptionalInt run(String[] args, String mainClass) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || Boolean.getBoolean("kiemchung.relaunched")
                || "0".equals(System.getenv("KIEMCHUNG_RELAUNCH"))) {
            return OptionalInt.empty();
        }
        List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (options.stream().anyMatch(o -> o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp") || o.startsWith("-javaagent"))) {
            // a debugger or an agent is attached to this JVM: the person wants the command to run here
            return OptionalInt.empty();
        }
        options.add(MARK);
        // --timings counts from the first JVM's start, as the person who typed the command does
        options.add("-D" + STARTED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        return IsolatedParsing.plainCommand(mainClass, options).map(command -> {
            List<String> full = new ArrayList<>(command);
            full.addAll(Arrays.asList(args));
            return start(full);
        }).orElse(OptionalInt.empty());
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

    private static OptionalInt start(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(process::destroy, "relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // keep waiting: the command's status is this process's
            }
        }
    }
}
