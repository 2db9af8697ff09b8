package vn.kiemchung.extraction.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The wire format between parent and child: a 4-byte big-endian length, then that many bytes
 * of UTF-8 JSON. Lengths make the stream self-delimiting, so text containing newlines or form
 * feeds needs no escaping rules of our own.
 */
final class Frames {

    /** Replies carry at most a few million characters; anything above this is a corrupt stream. */
    private static final int MAX_FRAME = 256 * 1024 * 1024;

    /** The first frame a child sends, once Tika is loaded, so start-up is timed apart from parsing. */
    static final String READY = "ready";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Frames() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(value);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** @return the next value, or null at a clean end of stream */
    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("frame cut after " + bytes.length + " of " + length + " bytes");
        }
        return JSON.readValue(bytes, type);
    }
}
