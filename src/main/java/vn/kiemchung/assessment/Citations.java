package vn.kiemchung.assessment;

import vn.kiemchung.platform.Bilingual;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The evidence list as assessors write it in the ministry's form: one line per document,
 * "số/ký hiệu – ngày: trích yếu" with the date as dd/mm/yyyy. What was not read is said, not left out.
 */
public final class Citations {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Citations() {
    }

    /** "214/TB-VP – 12/06/2025: Kết luận của Chủ tịch UBND tỉnh tại phiên họp …". */
    public static String line(DocumentEntry d) {
        String number = blank(d.number()) ? "(" + Bilingual.of("report.citation.noNumber").vi() + ")" : d.number().strip();
        String date = date(d.issuedOn());
        String subject = blank(d.subject()) ? fileName(d.path()) : d.subject().strip().replaceAll("\\s+", " ");
        return number + " – " + date + ": " + subject;
    }

    /** The lines of the documents filed under one component, in the report's order. */
    public static List<String> forComponent(List<DocumentEntry> documents, String code) {
        return documents.stream().filter(d -> code.equals(d.indicator())).map(Citations::line).toList();
    }

    private static String date(String iso) {
        if (blank(iso)) {
            return "(" + Bilingual.of("report.citation.noDate").vi() + ")";
        }
        try {
            return LocalDate.parse(iso).format(VN_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String fileName(String path) {
        String p = path == null ? "" : path;
        String name = p.substring(p.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
