package vn.kiemchung.cli;

/** The command cannot run as given (exit 2), said in Vietnamese and English. */
class UsageException extends RuntimeException {
    UsageException(String vi, String en) {
        super(vi + " / " + en);
    }
}
