package vn.kiemchung.review;

/**
 * What the coordinator narrows the queue to; null or blank means any.
 *
 * @param sort "risk" (points at risk, most first; the default) or "deadline" (soonest first)
 */
public record QueueFilter(String department, String mainIndicator, String status, String severity, String sort) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null);
    }

    static boolean any(String s) {
        return s == null || s.isBlank();
    }
}
