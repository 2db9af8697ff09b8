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
                    || parts.size() >= MAX_LINES) {
                break;
            }
            if (first == null) {
                first = line;
            }
            parts.add(left);
        }
        if (parts.isEmpty()) {
            return null;
        }
        return FieldValue.of(withoutVv(String.join(" ", parts)), first.page(), first.number());
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
