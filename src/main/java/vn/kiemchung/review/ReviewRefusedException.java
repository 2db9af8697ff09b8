package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

import java.util.Map;
import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.platform.Refusal;

/**
 * A review action that the rules do not allow: what happened in Vietnamese and English, worded only in
 * messages*.properties, and why as a {@link Refusal.Reason} (the web layer alone turns that into an HTTP
 * status). It may carry more members for the problem detail (the ERRORs that block a decision).
 */
public class ReviewRefusedException extends Refusal {

    private final transient Map<String, Object> properties;

    /** The words of {@code key}, filled with {@code args} (a {@link Bilingual} argument is put in each language). */
    ReviewRefusedException(Reason reason, String key, Object... args) {
        this(reason, Map.of(), key, args);
    }

    private ReviewRefusedException(Reason reason, Map<String, Object> properties, String key, Object... args) {
        super(reason, Bilingual.of(key, args));
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A refusal with more members for the problem detail. */
    static ReviewRefusedException keyed(Reason reason, String key, Map<String, Object> properties, Object... args) {
        return new ReviewRefusedException(reason, properties, key, args);
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
