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
     * The argument file of the running fat jar's unpacked copy, which a JVM started from the copy names; the copy
     * is made when missing. Empty when this process does not run from a fat jar or the copy cannot be made
     * (read-only cache folder, full disk): then the caller goes on in this process.
     */
    public static Optional<Path> argumentFile() {
        // not a fat jar, or its copy could not be made: no "@argument file"
        String target = ChildCommand.launchTarget(System.getProperty("java.class.path", "")).get(0);
        return target.startsWith("@") ? Optional.of(Path.of(target.substring(1))) : Optional.empty();
    }

    /**
     * Makes the server's class-data archive in the background when there is none yet (see
     * {@link ClassSharing#trainServer}); closing the result stops that run and cleans up after it.
     */
    public static Optional<AutoCloseable> trainServerArchive(String mainClass) {
        return argumentFile().map(file -> SecondJvm.commandLine(file, List.of(), mainClass, List.of())).flatMap(ClassSharing::trainServer).map(training -> {
            Thread watcher = new Thread(() -> training.finish(java.time.Duration.ofMinutes(10)), "server-archive");
            watcher.setDaemon(true);
            watcher.start();
            return () -> {
                training.process().destroy();
                watcher.join(30_000);
            };
        });
    }
}
