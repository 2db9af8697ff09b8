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

    public static boolean isWorkerCommand(String[] args) {
        return args.length > 0 && args[0].equals(ChildCommand.WORKER_ARGUMENT);
    }

    public static void runWorker(String[] args) {
        ParseWorker.main(args);
    }
}
