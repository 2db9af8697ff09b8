package vn.kiemchung.evidence;

/** The object store could not be reached; nothing was recorded for the upload. */
public class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
