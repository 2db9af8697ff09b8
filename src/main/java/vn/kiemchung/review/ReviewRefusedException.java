package vn.kiemchung.review;

import java.util.Map;

/**
 * A review action that the rules do not allow, with the reason in Vietnamese and English and the HTTP status.
 * Newer refusals carry a message key and its arguments instead (resolved by the web shell in both
 * languages), and may carry more members for the problem detail (the ERRORs that block a decision).
 */
public class ReviewRefusedException extends RuntimeException {
    private final int status;
    private final String messageVi;
    private final String key;
    private final Object[] args;
    private final Map<String, Object> properties;

    public ReviewRefusedException(int status, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.messageVi = messageVi;
        this.key = null;
        this.args = new Object[0];
        this.properties = Map.of();
    }

    private ReviewRefusedException(int status, String key, Object[] args, Map<String, Object> properties) {
        super(key);
        this.status = status;
        this.messageVi = null;
        this.key = key;
        this.args = args;
        this.properties = properties;
    }

    /** A refusal whose words are in messages*.properties under {@code key}; arguments may be message keys too. */
    public static ReviewRefusedException keyed(int status, String key, Map<String, Object> properties, Object... args) {
        return new ReviewRefusedException(status, key, args, properties == null ? Map.of() : properties);
    }

    public int status() {
        return status;
    }

    public String messageVi() {
        return messageVi;
    }

    /** The message key, or null for a refusal written with its two sentences. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
