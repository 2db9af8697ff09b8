package vn.kiemchung.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import vn.kiemchung.extraction.DocumentFields;

/**
 * Words and formats for pages, as a Vietnamese reader expects them ({@code ${@labels.date(d.issuedOn)}}):
 * document types by name, dates as dd/mm/yyyy. Codes stay in the data and the JSON.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String docType(String code) {
        return code == null ? "" : DocumentFields.typeName(code);
    }

    /**
     * Points as the reader writes numbers: "17,86" and "1.000,00" on a Vietnamese page, "17.86" and "1,000.00"
     * with {@code ?lang=en}; always two decimals.
     */
    public String points(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '.');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00", symbols);
        return format.format(value);
    }

    /** An ISO date (as reports carry it) written dd/mm/yyyy; anything else unchanged. */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(iso).format(VIETNAMESE_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
