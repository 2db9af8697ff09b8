package vn.kiemchung.rules;

/**
 * A rule's judgement of how much of a component's points a document earns, e.g. 0.5 when a
 * deputy signed ("KT. CHỦ TỊCH") where the head should. The best grade of the qualifying
 * documents counts.
 */
public final class Grade {
    private final String indicatorCode;
    private final String document;
    private final double fraction;
    private final String reason;

    public Grade(String indicatorCode, String document, double fraction, String reason) {
        this.indicatorCode = indicatorCode;
        this.document = document;
        this.fraction = fraction;
        this.reason = reason;
    }

    public String getIndicatorCode() { return indicatorCode; }
    public String getDocument() { return document; }
    public double getFraction() { return fraction; }
    public String getReason() { return reason; }
}
