package vn.kiemchung.review;

/**
 * What the coordinator narrows the queue to; null or blank means any.
 *
 * @param sort     "risk" (points at risk, most first; the default) or "deadline" (soonest first)
 * @param reopened "true": only components an upload reopened after they were submitted or accepted
 */
public record QueueFilter(String department, String mainIndicator, String status, String severity, String sort,
                          String reopened) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null);
    }

    static boolean any(String s) {
        return s == null || s.isBlank();
    }

    boolean onlyReopened() {
        return "true".equalsIgnoreCase(reopened);
    }
}
