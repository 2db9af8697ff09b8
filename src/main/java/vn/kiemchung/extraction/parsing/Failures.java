package vn.kiemchung.extraction.parsing;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.sax.SecureContentHandler;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.extraction.RawText.Outcome;

import java.io.EOFException;
import java.util.Locale;

/**
 * Turns what a parser threw into an outcome and a short, specific English reason. Parsers wrap
 * their causes several layers deep, so each rule looks along the whole cause chain.
 */
final class Failures {

    private static final int MAX_REASON = 200;

    static final String SECURE_HANDLER_BOMB = "decompression bomb: output far larger than input";

    private Failures() {
    }

    static RawText of(Throwable thrown, String mediaType) {
        if (has(thrown, EncryptedDocumentException.class) || has(thrown, InvalidPasswordException.class)) {
            return RawText.failed(Outcome.ENCRYPTED, "password-protected", mediaType);
        }
        if (has(thrown, ZeroByteFileException.class)) {
            return RawText.failed(Outcome.UNREADABLE, "empty file", mediaType);
        }
        BoundedEmbeddedExtractor.BombException bomb = find(thrown, BoundedEmbeddedExtractor.BombException.class);
        if (bomb != null) {
            return RawText.failed(Outcome.UNREADABLE, bomb.getMessage(), mediaType);
        }
        if (isSecureHandlerBomb(thrown)) {
            return RawText.failed(Outcome.UNREADABLE, SECURE_HANDLER_BOMB, mediaType);
        }
        if (thrown instanceof StackOverflowError) {
            return RawText.failed(Outcome.UNREADABLE, "parser stack overflow: structure nested too deeply",
                    mediaType);
        }
        if (isTruncation(thrown)) {
            return RawText.failed(Outcome.UNREADABLE, "truncated or corrupt: " + message(thrown), mediaType);
        }
        return RawText.failed(Outcome.UNREADABLE, "corrupt or unreadable: " + message(thrown), mediaType);
    }

    static boolean isSecureHandlerBomb(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith(SecureContentHandler.class.getName())
                    || lower(t.getMessage()).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTruncation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = lower(t.getMessage());
            if (t instanceof EOFException || message.contains("truncated") || message.contains("end of file")
                    || message.contains("unexpected end") || message.contains("premature end")) {
                return true;
            }
        }
        return false;
    }

    /** The deepest message, which names the actual problem rather than the wrapping layer. */
    static String message(Throwable thrown) {
        String message = null;
        Throwable deepest = thrown;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            deepest = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            message = deepest.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
    }

    private static boolean has(Throwable thrown, Class<? extends Throwable> type) {
        return find(thrown, type) != null;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (type.isInstance(suppressed)) {
                    return type.cast(suppressed);
                }
            }
        }
        return null;
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
