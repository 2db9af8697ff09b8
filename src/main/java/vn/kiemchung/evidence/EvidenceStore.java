package vn.kiemchung.evidence;

import java.io.InputStream;
import java.nio.file.Path;

/** Keeps uploaded bytes exactly as they came. Keys are generated, never taken from file names. */
interface EvidenceStore {

    void put(String key, Path file, long size, String contentType);

    InputStream open(String key);

    boolean exists(String key);

    /** An object's key and when it was last written. */
    record StoredKey(String key, java.time.Instant lastModified) {
    }

    /** Every object under {@code prefix}, for reconciling with the records. */
    java.util.List<StoredKey> list(String prefix);

    void delete(String key);

    /** Answers whether the store can be reached now (for health and for refusing uploads early). */
    boolean available();
}
