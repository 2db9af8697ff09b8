package vn.kiemchung.extraction;

import java.util.List;
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
     * The command that starts {@code mainClass} from the unpacked copy of the running fat jar (C1 only, with
     * {@code jvmOptions}); empty when not running from a fat jar or when the copy cannot be made.
     */
    public static Optional<List<String>> plainCommand(String mainClass, List<String> jvmOptions) {
        return PlainClassPath.command(mainClass, jvmOptions);
    }

    /** The server's command from the unpacked jar, with its class-data archive when ready ({@link PlainClassPath#serverCommand}). */
    public static Optional<List<String>> serverCommand(String mainClass, List<String> jvmOptions) {
        return PlainClassPath.serverCommand(mainClass, jvmOptions);
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
