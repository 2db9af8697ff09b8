package vn.kiemchung.extraction.parsing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.kiemchung.launch.SecondJvm;

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
        return argumentFile().map(file -> SecondJvm.command(file, SecondJvm.commandOptions(jvmOptions), mainClass));
    }

    /**
     * The command that starts the server ({@code mainClass}) from the unpacked copy, with the same java and
     * {@code jvmOptions} (C2 kept: a server runs for days), and the server's class-data archive mapped when
     * one is ready; empty as for {@link #command}.
     */
    public static Optional<List<String>> serverCommand(String mainClass, List<String> jvmOptions) {
        return argumentFile().map(file -> SecondJvm.command(file, SecondJvm.serverOptions(file.getParent(), jvmOptions), mainClass));
    }

    /**
     * Makes the server's class-data archive in the background when there is none yet (see
     * {@link ClassSharing#trainServer}); closing the result stops that run and cleans up after it.
     */
    public static Optional<AutoCloseable> trainServerArchive(String mainClass) {
        return argumentFile().map(file -> SecondJvm.command(file, List.of(), mainClass)).flatMap(ClassSharing::trainServer).map(training -> {
            Thread watcher = new Thread(() -> training.finish(java.time.Duration.ofMinutes(10)), "server-archive");
            watcher.setDaemon(true);
            watcher.start();
            return () -> {
                training.process().destroy();
                watcher.join(30_000);
            };
        });
    }

    /** The argument file of the running fat jar's unpacked copy (made when missing); empty without a copy. */
    private static Optional<Path> argumentFile() {
        // not a fat jar, or its copy could not be made: no "@argument file"
        String target = ChildCommand.launchTarget(System.getProperty("java.class.path", "")).get(0);
        return target.startsWith("@") ? Optional.of(Path.of(target.substring(1))) : Optional.empty();
    }
}
