package vn.kiemchung.accounts;

import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.platform.Refusal;

/**
 * An account change, password, token or sign-in that is refused, with what happened in both languages,
 * always worded in messages*.properties.
 */
public class AccountRefusedException extends Refusal {

    private AccountRefusedException(Reason reason, Bilingual text) {
        super(reason, text);
    }

    /** The words of {@code key} in messages*.properties, filled with {@code args}. */
    static AccountRefusedException keyed(Reason reason, String key, Object... args) {
        return new AccountRefusedException(reason, Bilingual.of(key, args));
    }
}
