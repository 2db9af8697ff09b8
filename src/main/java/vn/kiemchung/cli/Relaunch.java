package vn.kiemchung.cli;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.kiemchung.extraction.IsolatedParsing;
import vn.kiemchung.launch.JarMain;
import vn.kiemchung.launch.SecondJvm;

/**
 * {@code java -jar kiemchung.jar audit …} hands the work to a JVM started from the unpacked copy of the jar
 * (made once, reused by the parse children too), with C1 only: loading classes from jars nested in the fat
 * jar and C2's compiling were a third of the first audit's CPU in the main process (BENCHMARKS §1). The
 * JVM options given to the first JVM (-Xmx…) are given to the second; its exit status is the command's.
 * Once the copy is there, the jar's own main class ({@link JarMain}) hands over before Spring Boot's loader
 * starts; this class does it when the copy had to be made first. Where the copy cannot be made, or
 * {@code KIEMCHUNG_RELAUNCH=0}, the command runs in the first JVM as before.
 */
final class Relaunch {

    private Relaunch() {
    }

    static OptionalInt run(String[] args, String mainClass) {
        if (args.length == 0 || !SecondJvm.COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        return SecondJvm.forwardedOptions().flatMap(options -> IsolatedParsing.unpackedCopy()
                .map(copy -> SecondJvm.command(copy, options, mainClass, Arrays.asList(args)).run()))
                .orElse(OptionalInt.empty());
    }

    /**
     * {@code java -jar kiemchung.jar} (the server) hands over the same way, with C2 kept and the server's
     * class-data archive mapped once there is one: on two cores its start on embedded defaults goes from about
     * 13 s to about 7 s (BENCHMARKS §10). The first start of a new jar makes that archive in the background, at
     * the lowest priority, in a short run of its own. Stopping this JVM (Ctrl-C, a service manager's TERM) stops
     * the server gracefully and waits for it, so its database is closed as before.
     */
    static OptionalInt serve(String[] args, String mainClass) {
        return SecondJvm.forwardedOptions().flatMap(options -> IsolatedParsing.unpackedCopy().map(copy -> {
            // empty when the archive is there already (or another process is making it)
            Optional<AutoCloseable> training = IsolatedParsing.trainServerArchive(mainClass);
            return SecondJvm.server(copy, options, mainClass, Arrays.asList(args), training).run();
        })).orElse(OptionalInt.empty());
    }

    /** When the command was started, in milliseconds since the epoch: the first JVM's start when relaunched. */
    static long startedAt() {
        return Long.getLong(SecondJvm.STARTED, ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** How this JVM runs the command, for --timings. */
    static String describe() {
        if (!Boolean.getBoolean(SecondJvm.RELAUNCHED)) {
            return "running in the JVM started by the command (set KIEMCHUNG_RELAUNCH=1, the default, and a writable cache folder to restart from the unpacked jar)";
        }
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-D")).toList();
        String by = JarMain.handedOverThisJvm() ? "by the jar's main class" : "after unpacking it";
        return "started again from the unpacked jar (" + by + "): " + String.join(" ", flags);
    }
}
