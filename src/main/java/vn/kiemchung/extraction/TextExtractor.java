package vn.kiemchung.extraction;

import java.nio.file.Path;

/**
 * Reads the text and metadata of one file, isolated from the caller: whatever the file does
 * (hang, exhaust memory, crash the parser), the answer is a {@link RawText} with an outcome,
 * never an exception or a hang.
 */
public interface TextExtractor extends AutoCloseable {

    /**
     * @param file     the bytes to read (a local file; the caller keeps ownership)
     * @param fileName the user's file name, a hint for type detection only
     */
    RawText extract(Path file, String fileName);

    @Override
    default void close() {
    }

    /** Whether scans can be OCR-ed here; a reading made without OCR is read again once this is true. */
    default boolean ocrAvailable() {
        return false;
    }
}
