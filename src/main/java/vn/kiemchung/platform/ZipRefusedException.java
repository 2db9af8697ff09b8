package vn.kiemchung.platform;

/**
 * A ZIP archive refused by {@link ZipArchives}: over a limit, climbing out of its folder, nested too deeply
 * or corrupt. The messages name the archive and the reason, in Vietnamese and English; each caller says it
 * in its own terms (an upload refusal, a dossier that cannot be audited, a file that cannot be parsed).
 */
public final class ZipRefusedException extends RuntimeException {

    /** What was wrong, for callers that treat a bomb differently from a damaged file. */
    public enum Reason { TOO_MANY_ENTRIES, TOO_LARGE, NESTED_TOO_DEEP, UNSAFE_PATH, CORRUPT, EMPTY }

    private final Reason reason;
    private final Bilingual words;

    /** @param words what is wrong, from the message bundles ({@code platform.zip.*}); the English is the message */
    public ZipRefusedException(Reason reason, Bilingual words) {
        super(words.en());
        this.reason = reason;
        this.words = words;
    }

    public Reason reason() {
        return reason;
    }

    public Bilingual words() {
        return words;
    }

    /** True for an archive built to exhaust the machine (too many entries, too many bytes, nested too deeply). */
    public boolean bomb() {
        return reason == Reason.TOO_MANY_ENTRIES || reason == Reason.TOO_LARGE || reason == Reason.NESTED_TOO_DEEP;
    }
}
