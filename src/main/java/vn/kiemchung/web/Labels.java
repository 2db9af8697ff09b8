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
