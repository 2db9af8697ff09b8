package vn.kiemchung.extraction;

import vn.kiemchung.extraction.parsing.ChildCommand;
import vn.kiemchung.extraction.parsing.ParseWorker;

/** The entry point of the parse child process, which the jar's main method hands over to. */
public final class IsolatedParsing {

    private IsolatedParsing() {
    }

    public static boolean isWorkerCommand(String[] args) {
        return args.length > 0 && args[0].equals(ChildCommand.WORKER_ARGUMENT);
    }

    public static void runWorker(String[] args) {
        ParseWorker.main(args);
    }
}
