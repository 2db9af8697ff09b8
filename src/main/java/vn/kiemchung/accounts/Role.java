package vn.kiemchung.accounts;

import vn.kiemchung.platform.Refusal.Reason;

/** What an account may do; a department officer is further limited to the components of their department. */
public enum Role {
    DEPARTMENT_OFFICER, COORDINATOR, RULE_AUTHOR, LEADER, ADMIN;

    public static Role of(String name) {
        try {
            return valueOf(name == null ? "" : name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw AccountRefusedException.keyed(Reason.INVALID, "account.roleUnknown", String.valueOf(name));
        }
    }
}
