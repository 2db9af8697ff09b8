package vn.kiemchung.web;

import vn.kiemchung.platform.Refusal.Reason;

import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.platform.Refusal;

/** A request the web layer itself refuses (a field missing, nothing chosen), before any module is asked. */
public class RequestRefusedException extends Refusal {

    public RequestRefusedException(Reason reason, String vi, String en) {
        super(reason, new Bilingual(vi, en));
    }

    public static RequestRefusedException keyed(Reason reason, String key, Object... args) {
        return new RequestRefusedException(reason, Bilingual.of(key, args).vi(), Bilingual.of(key, args).en());
    }
}
