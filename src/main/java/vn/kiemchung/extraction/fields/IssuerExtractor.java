package vn.kiemchung.extraction.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The issuing body (box 2 of the header) and the supervising body above it. Header lines above the
 * number or type line are reduced to their left column; capital lines are grouped into bodies
 * (a wrapped name like "BỘ TÀI NGUYÊN" / "VÀ MÔI TRƯỜNG" stays one body); the last body issues.
 */
final class IssuerExtractor {

    /** Results: both may be null. */
    record Issuer(FieldValue<String> issuer, FieldValue<String> parent) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Words that open the name of a body; any other capital line continues the previous name. */
    private static final Pattern BODY_START = Pattern.compile(
            "^(?:uy ban|ubnd|hdnd|hoi dong|so |bo |ban |tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo|"
                    + "chinh phu|thu tuong|quoc hoi|van phong|phong |trung tam|cuc |chi cuc|tong cuc|vien |truong |"
                    + "cong an|bo chi huy|ngan hang|thanh tra|kho bac|bao hiem|toa an|kiem toan|mat tran|"
                    + "doan |hoi |lien doan|cong ty|tap doan|bch |bcd|chu tich)");
    private static final Pattern NOT_A_BODY = Pattern.compile(
            "^(?:mat|toi mat|tuyet mat|khan|thuong khan|hoa toc|sao y.*|sao luc|trich sao|du thao.*|\\*)$");

    private final DocumentNumberExtractor numbers = new DocumentNumberExtractor();
    private final DocumentTypeExtractor types = new DocumentTypeExtractor();

    Issuer extract(DocumentLines doc) {
        Optional<Line> numberLine = numbers.numberLine(doc);
        Optional<Line> typeLine = types.typeLine(doc);
        List<Line> candidates = new ArrayList<>();
        for (Line line : doc.header()) {
            if (numberLine.filter(line::equals).isPresent() || typeLine.filter(line::equals).isPresent()) {
                break;
            }
            String left = RightColumn.leftPart(line.text());
            String folded = VietnameseText.fold(left);
            // a name in another language (an English translation header) is not a Vietnamese issuer
            if (isCapitals(left) && !NOT_A_BODY.matcher(folded).matches() && VietnameseText.syllableQuality(left) >= 0.6) {
                candidates.add(new Line(line.page(), line.number(), left));
            } else if (!candidates.isEmpty() && !left.isEmpty()) {
                break; // the left column ended
            }
        }
        List<List<Line>> bodies = new ArrayList<>();
        for (Line line : candidates) {
            String folded = VietnameseText.fold(line.text());
            boolean continues = !bodies.isEmpty() && !BODY_START.matcher(folded).find();
            if (continues) {
                bodies.get(bodies.size() - 1).add(line);
            } else {
                bodies.add(new ArrayList<>(List.of(line)));
            }
        }
        if (bodies.isEmpty()) {
            return new Issuer(null, null);
        }
        FieldValue<String> issuer = joined(bodies.get(bodies.size() - 1));
        FieldValue<String> parent = bodies.size() > 1 ? joined(bodies.get(bodies.size() - 2)) : null;
        return new Issuer(issuer, parent);
    }

    private static FieldValue<String> joined(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(sb.length() == 0 ? "" : " ").append(l.text());
        }
        Line first = lines.get(0);
        return FieldValue.of(sb.toString().replaceAll("\\s+", " ").strip(), first.page(), first.number());
    }

    /** Mostly capital letters (a stray lower-case letter from OCR is tolerated), at least two letters. */
    static boolean isCapitals(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper >= 0.9 * letters && !text.toUpperCase(VI).equals(text.toLowerCase(VI));
    }
}
