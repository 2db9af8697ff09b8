package vn.kiemchung.web;

import vn.kiemchung.platform.Refusal.Reason;

import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.platform.Refusal;

/** A request the web layer itself refuses (a field missing, nothing chosen), before any module is asked. */
public class RequestRefusedException extends Refusal {

    public RequestRefusedException(Reason reason, Bilingual text) {
        super(reason, text);
    }

    /** The words of {@code key} in messages*.properties, filled with {@code args}. */
    public static RequestRefusedException keyed(Reason reason, String key, Object... args) {
        return new RequestRefusedException(reason, Bilingual.of(key, args));
    }
}
