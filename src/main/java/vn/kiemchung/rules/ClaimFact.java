package vn.kiemchung.rules;

/** A value the province claims in self-assessment.csv for one component. */
public final class ClaimFact {
    private final String indicatorCode;
    private final double value;
    private final String unit;
    private final String note;

    public ClaimFact(String indicatorCode, double value, String unit, String note) {
        this.indicatorCode = indicatorCode;
        this.value = value;
        this.unit = unit;
        this.note = note;
    }

    public String getIndicatorCode() { return indicatorCode; }
    public double getValue() { return value; }
    public String getUnit() { return unit; }
    public String getNote() { return note; }
    public boolean isPercent() { return "%".equals(unit); }
}
