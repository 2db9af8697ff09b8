package vn.kiemchung.extraction.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The trích yếu: the lines under the type name (box 5a), or for a công văn the "V/v ..." line
 * under the number (box 5b). Returned without the "V/v" prefix.
 */
final class SubjectExtractor {

    private static final int MAX_LINES = 5;
    /** Lines that end a subject: the body, a repeated authority line, the verb "QUYẾT ĐỊNH:". */
    private static final Pattern STOP = Pattern.compile(
            "^(?:Căn cứ|CĂN CỨ|Kính gửi|Điều \\d|ĐIỀU \\d|Thực hiện|Theo đề nghị|Xét đề nghị|Chương [IVX]+\\b|CHƯƠNG [IVX]+\\b|Phần [IVX]+\\b|PHẦN [IVX]+\\b|[IVX]+\\.\\s)");
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:chu tich|bo truong|thu tuong|uy ban|hoi dong|quoc hoi|chinh phu|giam doc|thong doc|tong kiem toan|"
                    + "chanh an|vien truong|ban chap hanh|ban thuong vu|bo chinh tri|ban bi thu|tinh uy|thanh uy|"
                    + "tong thanh tra|truong ban)\\b");

    /** A body sentence that opens with its date: "Ngày 22 tháng 3 năm 2023, đồng chí ...". */
    private static final Pattern DATED_SENTENCE = Pattern.compile(
            "^(?:(?:Sáng|Chiều|Tối|Trưa)\\s+[Nn]gày|Ngày)\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}\\s*,");
    /** The header row of a table ("STT Cơ quan, đơn vị ..."), as in a spreadsheet report. */
    private static final Pattern TABLE_HEAD = Pattern.compile("^(?:STT|TT)\\s");
    /** Share of the body's wrap width from which a wrapped line is body prose, not a centred subject line. */
    private static final double FULL_WIDTH = 0.85;

    FieldValue<String> extract(DocumentLines doc, Optional<Line> typeLine, FieldValue<String> issuer) {
        if (typeLine.isPresent()) {
            FieldValue<String> s = underType(doc, typeLine.get(), issuer);
            if (s != null) {
                return s;
            }
        }
        return vv(doc);
    }

    private FieldValue<String> underType(DocumentLines doc, Line typeLine, FieldValue<String> issuer) {
        List<String> parts = new ArrayList<>();
        Line first = null;
        String glued = RightColumn.leftPart(typeLine.text()).substring(DocumentTypeExtractor.typeNameLength(typeLine)).strip();
        if (!glued.isEmpty()) {
            parts.add(glued);
            first = typeLine;
        }
        String issuerKey = issuer == null ? null : VietnameseText.fold(issuer.value());
        Line previous = typeLine;
        for (Line line : doc.after(typeLine)) {
            String text = line.text();
            String left = RightColumn.leftPart(text);
            if (left.isEmpty()) {
                if (parts.isEmpty()) {
                    continue; // a rule under the type name
                }
                break;
            }
            String folded = VietnameseText.fold(left);
            boolean capitals = IssuerExtractor.isCapitals(left);
            if (STOP.matcher(left).find() || (capitals && left.endsWith(":")) || folded.equals(issuerKey)
                    || (!parts.isEmpty() && capitals && AUTHORITY.matcher(folded).find())
                    || (!parts.isEmpty() && startsBody(doc, previous, line))
                    || parts.size() >= MAX_LINES) {
                break;
            }
            if (first == null) {
                first = line;
            }
            parts.add(left);
            previous = line;
        }
        if (parts.isEmpty()) {
            return null;
        }
        return FieldValue.of(withoutVv(String.join(" ", parts)), first.page(), first.number());
    }

    /**
     * A line under the subject that begins the body. A subject that goes on in lower case or with
     * a number ("ngày 28/12/2018 của ...") is still the subject. The trích yếu never ends a
     * sentence, so the body shows as a dated sentence, a table header or a finished sentence; or
     * by the shape of a paragraph: the subject's last line fell short of the body width, and this
     * line fills it and wraps on, as only body prose does.
     */
    private static boolean startsBody(DocumentLines doc, Line previous, Line line) {
        String text = line.text();
        if (!Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        if (DATED_SENTENCE.matcher(text).find() || TABLE_HEAD.matcher(text).find() || text.endsWith(".")) {
            return true;
        }
        double full = FULL_WIDTH * doc.wrapWidth();
        return full > 0 && previous.text().length() < full && text.length() >= full && doc.wrapsOn(line);
    }

    private FieldValue<String> vv(DocumentLines doc) {
        List<Line> header = doc.header();
        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            String left = RightColumn.leftPart(line.text());
            Matcher m = DocumentTypeExtractor.VV.matcher(left);
            if (!m.find()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(left.substring(m.end()));
            // a wrapped V/v line goes on in lower case
            for (int j = i + 1; j < header.size() && j <= i + 3; j++) {
                String next = RightColumn.leftPart(header.get(j).text());
                if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
                    break;
                }
                sb.append(' ').append(next);
            }
            return FieldValue.of(sb.toString().strip(), line.page(), line.number());
        }
        return null;
    }

    private static String withoutVv(String subject) {
        Matcher m = DocumentTypeExtractor.VV.matcher(subject);
        return (m.find() ? subject.substring(m.end()) : subject).replaceAll("\\s+", " ").strip();
    }
}
