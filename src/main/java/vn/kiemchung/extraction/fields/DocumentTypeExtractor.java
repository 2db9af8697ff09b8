package vn.kiemchung.extraction.fields;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;

/**
 * The document type: the centred type name of the header ("QUYẾT ĐỊNH"), else the abbreviation
 * in the symbol ("QĐ" in 412/QĐ-UBND), else CONG_VAN when a "V/v" line or an organisation-unit
 * symbol shows a công văn, else OTHER.
 */
final class DocumentTypeExtractor {

    static final Pattern VV = Pattern.compile("^[Vv]\\s?/\\s?[Vv]\\b\\s*:?\\s*");
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * The first header line that is a type name. Only the header is searched: the "QUYẾT ĐỊNH:"
     * that follows the "Căn cứ" lines of a decision is a verb, not the type line.
     */
    Optional<Line> typeLine(DocumentLines doc) {
        for (Line line : doc.header()) {
            if (DocumentTypes.fromTypeLine(RightColumn.leftPart(line.text())).isPresent()) {
                return Optional.of(line);
            }
        }
        // a type name glued to its subject by the text layer: "KẾ HOẠCH Triển khai ..."
        for (Line line : doc.header()) {
            String left = RightColumn.leftPart(line.text());
            Optional<String> name = DocumentTypes.typeNamePrefix(left);
            if (name.isPresent()) {
                String printed = left.substring(0, name.get().length());
                String rest = left.substring(name.get().length()).strip();
                if (printed.equals(printed.toUpperCase(VI)) && !rest.isEmpty()
                        && Character.isUpperCase(rest.charAt(0)) && !rest.equals(rest.toUpperCase(VI))) {
                    return Optional.of(line);
                }
            }
        }
        return Optional.empty();
    }

    /** The type name's length in the type line, to find where a glued subject starts. */
    static int typeNameLength(Line typeLine) {
        String left = RightColumn.leftPart(typeLine.text());
        if (DocumentTypes.fromTypeLine(left).isPresent()) {
            return left.length();
        }
        return DocumentTypes.typeNamePrefix(left).map(String::length).orElse(left.length());
    }

    FieldValue<String> extract(DocumentLines doc, FieldValue<String> number) {
        if (doc.isEmpty()) {
            return null;
        }
        Optional<Line> typeLine = typeLine(doc);
        if (typeLine.isPresent()) {
            Line line = typeLine.get();
            String left = RightColumn.leftPart(line.text());
            String code = DocumentTypes.fromTypeLine(left)
                    .orElseGet(() -> DocumentTypes.code(DocumentTypes.typeNamePrefix(left).orElseThrow()));
            return FieldValue.of(code, line.page(), line.number());
        }
        if (number != null) {
            Optional<String> fromSymbol = DocumentTypes.fromNumber(number.value());
            if (fromSymbol.isPresent()) {
                return FieldValue.of(fromSymbol.get(), number.page(), number.line());
            }
        }
        for (Line line : doc.header()) {
            if (VV.matcher(RightColumn.leftPart(line.text())).find()) {
                return FieldValue.of(DocumentTypes.CONG_VAN, line.page(), line.number());
            }
        }
        return FieldValue.of(DocumentTypes.OTHER, 0, 0);
    }
}
