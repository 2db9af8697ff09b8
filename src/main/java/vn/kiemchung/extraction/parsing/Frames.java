package vn.kiemchung.extraction.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.kiemchung.extraction.RawText;

/**
 * The wire format between parent and child: a 4-byte big-endian length, then that many bytes
 * of UTF-8 JSON; a reply's text follows its JSON as plain UTF-8 with a length of its own. Lengths make the stream self-delimiting, so text containing newlines or form
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

    /**
     * A reply: its JSON frame without the text, then the text as a frame of its own holding the plain UTF-8 bytes
     * (length -1 for none). A document's text is most of a reply; written as JSON, every line and page break is
     * escaped and every character parsed one by one on both sides of the pipe (BENCHMARKS §1).
     */
    static void writeReply(DataOutputStream out, ParseReply reply) throws IOException {
        RawText raw = reply.raw();
        String text = raw == null ? null : raw.text();
        ParseReply bare = raw == null ? reply : new ParseReply(new RawText(raw.outcome(), raw.reason(), raw.mediaType(), null,
                raw.pages(), raw.ocr(), raw.metadata(), raw.signatures()), reply.needsOcr(), reply.millis());
        byte[] json = JSON.writeValueAsBytes(bare);
        out.writeInt(json.length);
        out.write(json);
        if (text == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.flush();
    }

    /** A reply written by {@link #writeReply}; null at a clean end of stream. */
    static ParseReply readReply(DataInputStream in) throws IOException {
        ParseReply bare = read(in, ParseReply.class);
        if (bare == null) {
            return null;
        }
        int length = in.readInt();
        if (length < -1 || length > MAX_FRAME) {
            throw new IOException("bad text frame length " + length);
        }
        if (length == -1 || bare.raw() == null) {
            return bare;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("text frame cut after " + bytes.length + " of " + length + " bytes");
        }
        RawText raw = bare.raw();
        return new ParseReply(new RawText(raw.outcome(), raw.reason(), raw.mediaType(), new String(bytes, StandardCharsets.UTF_8),
                raw.pages(), raw.ocr(), raw.metadata(), raw.signatures()), bare.needsOcr(), bare.millis());
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
