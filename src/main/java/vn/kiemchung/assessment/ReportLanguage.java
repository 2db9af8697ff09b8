package vn.kiemchung.assessment;

import java.util.Map;

/** The words of the reports, Vietnamese first, with an English option. */
public enum ReportLanguage {
    VI, EN;

    public static ReportLanguage of(String code) {
        return code != null && code.toLowerCase().startsWith("en") ? EN : VI;
    }

    /** Points as the reader writes numbers, two decimals: "17,86" and "1.000,00" in Vietnamese, "17.86" and "1,000.00" in English. */
    public String number(java.math.BigDecimal value) {
        if (value == null) {
            return "?";
        }
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(this == EN ? '.' : ',');
        symbols.setGroupingSeparator(this == EN ? ',' : '.');
        return new java.text.DecimalFormat("#,##0.00", symbols).format(value);
    }

    /** The reports' words, in messages*.properties under {@code report.word.}: read once per language. */
    private static final Map<String, String[]> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String WORD = "report.word.";

    /** A word of the reports ({@code report.word.<key>} in the bundles), or the key itself when there is none. */
    public String word(String key) {
        String[] w = WORDS.computeIfAbsent(key, k -> {
            try {
                vn.kiemchung.platform.Bilingual b = vn.kiemchung.platform.Bilingual.of(WORD + k);
                return new String[] {b.vi(), b.en()};
            } catch (java.util.MissingResourceException e) {
                return new String[] {k, k};
            }
        });
        return w[ordinal()];
    }

    /** A text of messages.properties (Vietnamese) or messages_en.properties, {0}… filled with {@code args}. */
    public String text(String key, Object... args) {
        vn.kiemchung.platform.Bilingual b = vn.kiemchung.platform.Bilingual.of(key, args);
        return this == EN ? b.en() : b.vi();
    }

    /** dd/MM/yyyy, as every page and report writes a date. */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** "Miễn trừ: lý do — người, dd/MM/yyyy", or just "Miễn trừ" when the server did not say who and why. */
    public String waiverText(ReviewNotes.WaiverNote w) {
        return w == null ? text("report.waived") : text("report.waivedBy", w.reason(), w.author(), date(w.on()));
    }

    public String message(ReportFinding f) {
        return this == EN && f.messageEn() != null ? f.messageEn() : f.message();
    }

    public String fix(ReportFinding f) {
        return this == EN && f.fixEn() != null ? f.fixEn() : f.fix();
    }
}
