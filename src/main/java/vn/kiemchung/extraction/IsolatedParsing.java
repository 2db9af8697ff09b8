package vn.kiemchung.extraction;

import java.nio.file.Path;
import java.util.Optional;
import vn.kiemchung.extraction.parsing.ChildCommand;
import vn.kiemchung.extraction.parsing.ParseWorker;
import vn.kiemchung.extraction.parsing.PlainClassPath;

/**
 * The entry point of the parse child process, which the jar's main method hands over to, and the way to
 * start a JVM from the same unpacked copy of the jar the children start from.
 */
public final class IsolatedParsing {

    private IsolatedParsing() {
    }

    /**
     * The argument file of the running fat jar's unpacked copy (made when missing), which a JVM started from the
     * copy names; empty when not running from a fat jar or when the copy cannot be made.
     */
    public static Optional<Path> unpackedCopy() {
        return PlainClassPath.argumentFile();
    }

    /** Makes the server's class-data archive in the background when missing; close to stop ({@link PlainClassPath#trainServerArchive}). */
    public static Optional<AutoCloseable> trainServerArchive(String mainClass) {
        return PlainClassPath.trainServerArchive(mainClass);
    }

    public static boolean isWorkerCommand(String[] args) {
        return args.length > 0 && args[0].equals(ChildCommand.WORKER_ARGUMENT);
    }

    public static void runWorker(String[] args) {
        ParseWorker.main(args);
    }
}
