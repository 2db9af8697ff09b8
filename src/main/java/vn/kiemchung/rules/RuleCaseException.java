package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

/** A rule case file that cannot be read: names the file and, when known, the line. */
public class RuleCaseException extends RuntimeException {
    public RuleCaseException(String file, int line, Bilingual reason) {
        this(file, line, reason.both());
    }

    /** @param reason already in both languages ("… / …"), as the rule checks word theirs */
    public RuleCaseException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
