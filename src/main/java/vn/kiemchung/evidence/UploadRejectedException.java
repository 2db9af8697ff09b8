package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal.Reason;

import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.platform.Refusal;

/**
 * An upload (or a dossier change) refused before anything was stored: what happened in Vietnamese and
 * English, and why as a {@link Refusal.Reason}, which the web layer alone turns into an HTTP status.
 */
public class UploadRejectedException extends Refusal {

    public UploadRejectedException(Reason reason, Bilingual text) {
        super(reason, text);
    }

    /** The words of {@code key} in messages*.properties, filled with {@code args}. */
    public static UploadRejectedException keyed(Reason reason, String key, Object... args) {
        return new UploadRejectedException(reason, Bilingual.of(key, args));
    }
}
