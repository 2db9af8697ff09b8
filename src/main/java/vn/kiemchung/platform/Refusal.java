package vn.kiemchung.platform;

import java.util.Map;

/**
 * Something a user asked for that is refused, saying what happened in Vietnamese and English and why in
 * one of a few {@link Reason}s; the web layer alone turns the reason into an HTTP status.
 */
public abstract class Refusal extends RuntimeException {

    /** Why, in the words the web layer maps: 400, 403, 404, 409, 429, 413, 415, 422. */
    public enum Reason {
        INVALID, NOT_ALLOWED, NOT_FOUND, CONFLICT, TOO_MANY_ATTEMPTS,
        /** the file is over a size limit */
        TOO_LARGE,
        /** the file's kind (by its content) is not accepted */
        UNSUPPORTED_TYPE,
        /** well-formed, but its content cannot be used (a damaged ZIP, a year without an indicator set) */
        UNPROCESSABLE
    }

    private final Reason reason;
    private final Bilingual text;

    protected Refusal(Reason reason, Bilingual text) {
        super(text.en());
        this.reason = reason;
        this.text = text;
    }

    public Reason reason() {
        return reason;
    }

    public Bilingual text() {
        return text;
    }

    /** More members for the problem detail; none unless a subclass adds them. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
