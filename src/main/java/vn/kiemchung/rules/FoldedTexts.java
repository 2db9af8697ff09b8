package vn.kiemchung.rules;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Folded document texts (lower case, no diacritics) remembered by the file's SHA-256, so that a
 * re-audit does not fold every document again: folding was most of a warm re-audit's time (300
 * long documents, 14 M characters). Least recently used texts go first once the budget of
 * characters is spent.
 */
final class FoldedTexts {

    /** About 64 MB: folded text is mostly ASCII, which Java stores one byte per character. */
    private static final long BUDGET_CHARS = 64L << 20;
    private static final Map<String, String> BY_SHA = new LinkedHashMap<>(256, 0.75f, true);
    private static long chars;

    private FoldedTexts() {
    }

    /**
     * The folded text of a document; {@code sha256} null (a fact made by hand) folds without
     * remembering. The key also holds the text's length and hash, as facts made by hand (rule
     * cases) may share a made-up SHA-256.
     */
    static String of(String sha256, String text) {
        if (sha256 == null || sha256.isBlank() || text == null) {
            return VietnameseText.fold(text);
        }
        String key = sha256 + ":" + text.length() + ":" + text.hashCode();
        synchronized (BY_SHA) {
            String known = BY_SHA.get(key);
            if (known != null) {
                return known;
            }
        }
        String folded = VietnameseText.fold(text);
        synchronized (BY_SHA) {
            if (BY_SHA.put(key, folded) == null) {
                chars += folded.length();
            }
            Iterator<String> eldest = BY_SHA.values().iterator();
            while (chars > BUDGET_CHARS && eldest.hasNext()) {
                chars -= eldest.next().length();
                eldest.remove();
            }
        }
        return folded;
    }
}
