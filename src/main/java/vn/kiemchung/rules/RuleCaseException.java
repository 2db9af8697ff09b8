package vn.kiemchung.rules;

/** A rule case file that cannot be read: names the file and, when known, the line. */
public class RuleCaseException extends RuntimeException {
    public RuleCaseException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
