package vn.kiemchung.extraction.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;

/**
 * The "Địa danh, ngày ... tháng ... năm ..." line of the header (box 4): place, issue date, and
 * whether the date is the blank template of an unsigned draft ("ngày … tháng … năm …",
 * "ngày tháng năm 2023"). Dates cited in the body are not the issue date, so only the header is read.
 */
final class PlaceDateExtractor {

    record PlaceDate(FieldValue<String> place, FieldValue<LocalDate> issuedOn, boolean unfilled) {
    }

    private static final Pattern FULL_DATE = Pattern.compile(
            "[Nn]gày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern BLANK_DATE = Pattern.compile(
            "[Nn]gày\\s*[.…_ ]*\\s*tháng\\s*[.…_ ]*\\s*năm(?:\\s*(?:\\d{4}|20[.…_ ]*|[.…_ ]*))?\\s*$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?<!\\p{L})(" + RightColumn.PLACE + ")\\s*,?\\s*$");

    PlaceDate extract(DocumentLines doc) {
        for (Line line : doc.header()) {
            Matcher m = FULL_DATE.matcher(line.text());
            if (m.find()) {
                return new PlaceDate(place(line, m.start()), date(line, m), false);
            }
        }
        for (Line line : doc.header()) {
            Matcher m = BLANK_DATE.matcher(line.text());
            if (m.find()) {
                return new PlaceDate(place(line, m.start()), null, true);
            }
        }
        return new PlaceDate(null, null, false);
    }

    private static FieldValue<String> place(Line line, int dateStart) {
        Matcher p = PLACE_BEFORE.matcher(line.text().substring(0, dateStart));
        if (!p.find()) {
            return null;
        }
        return FieldValue.of(p.group(1).replaceAll("\\s+", " "), line.page(), line.number());
    }

    private static FieldValue<LocalDate> date(Line line, Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            return FieldValue.of(d, line.page(), line.number());
        } catch (DateTimeException impossible) {
            return null; // "ngày 32 tháng 12" happens in published texts; no date beats a wrong one
        }
    }
}
