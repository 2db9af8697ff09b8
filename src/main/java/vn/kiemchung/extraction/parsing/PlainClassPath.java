package vn.kiemchung.extraction.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starting a JVM from the unpacked copy of the running fat jar (the copy the parse children use), for the
 * command line, which would otherwise load every class out of jars nested in the fat jar.
 */
public final class PlainClassPath {

    private PlainClassPath() {
    }

    /**
     * The command that starts {@code mainClass} from the unpacked copy of the running fat jar, with the same
     * java, C1 only, and {@code jvmOptions}; empty when this process does not run from a fat jar or the copy
     * cannot be made (read-only cache folder, full disk): then the caller goes on in this process.
     */
    public static Optional<List<String>> command(String mainClass, List<String> jvmOptions) {
        return plain(mainClass, commandOptions(jvmOptions));
    }

    /** The second JVM's options for a command: C1 only, the serial collector, then the person's own (which win). */
    static List<String> commandOptions(List<String> jvmOptions) {
        // A command runs for seconds to minutes: C2's compiling costs more CPU than its code saves (BENCHMARKS §1).
        List<String> options = new ArrayList<>();
        options.add("-XX:TieredStopAtLevel=1");
        // A batch on two cores: the serial collector spends the least CPU (no concurrent threads, no G1 barriers), and
        // the classes Drools and Tika load would otherwise cost a full collection for metaspace in the first seconds.
        // The person's own options come after these and win (another collector, a heap size).
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            options.add("-XX:+UseSerialGC");
        }
        options.add("-XX:MetaspaceSize=256m");
        options.addAll(jvmOptions);
        return options;
    }

    /**
     * The command that starts the server ({@code mainClass}) from the unpacked copy, with the same java and
     * {@code jvmOptions} (C2 kept: a server runs for days), and the server's class-data archive mapped when
     * one is ready; empty as for {@link #command}.
     */
    public static Optional<List<String>> serverCommand(String mainClass, List<String> jvmOptions) {
        return plain(mainClass, jvmOptions).map(ClassSharing::forServer);
    }

    /**
     * Makes the server's class-data archive in the background when there is none yet (see
     * {@link ClassSharing#trainServer}); closing the result stops that run and cleans up after it.
     */
    public static Optional<AutoCloseable> trainServerArchive(String mainClass) {
        return plain(mainClass, List.of()).flatMap(ClassSharing::trainServer).map(training -> {
            Thread watcher = new Thread(() -> training.finish(java.time.Duration.ofMinutes(10)), "server-archive");
            watcher.setDaemon(true);
            watcher.start();
            return () -> {
                training.process().destroy();
                watcher.join(30_000);
            };
        });
    }

    /** java, the options, the children's "@argument file" of the unpacked copy, the main class; empty without a copy. */
    private static Optional<List<String>> plain(String mainClass, List<String> jvmOptions) {
        // not a fat jar, or its copy could not be made: no "@argument file"
        String target = ChildCommand.launchTarget(System.getProperty("java.class.path", "")).get(0);
        if (!target.startsWith("@")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ChildCommand.javaExecutable());
        command.addAll(jvmOptions);
        command.add(target);
        command.add(mainClass);
        return Optional.of(command);
    }
}
