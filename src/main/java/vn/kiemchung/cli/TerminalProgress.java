package vn.kiemchung.cli;

import java.io.PrintStream;
import vn.kiemchung.assessment.FolderAudit;

/** A one-line progress bar on stderr, only when a person is watching a terminal. */
final class TerminalProgress implements FolderAudit.Progress {

    private final PrintStream err;
    private final boolean enabled;
    private boolean drawn;

    TerminalProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void fileRead(int done, int total, String path) {
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String name = path.length() > 40 ? "…" + path.substring(path.length() - 39) : path;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "      ");
        drawn = true;
    }

    synchronized void done() {
        if (drawn) {
            err.println();
        }
    }
}
