package vn.kiemchung.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the small YAML files of the sample by hand, so that key order and quoting stay stable
 * and readable in review diffs.
 */
final class YamlText {

    private final StringBuilder out = new StringBuilder();

    YamlText comment(String text) {
        out.append("# ").append(text).append('\n');
        return this;
    }

    YamlText field(String key, Object value) {
        out.append(key).append(": ").append(scalar(value)).append('\n');
        return this;
    }

    YamlText list(String key, List<String> values) {
        out.append(key).append(": [");
        out.append(String.join(", ", values.stream().map(YamlText::scalar).toList()));
        out.append("]\n");
        return this;
    }

    YamlText map(String key, Map<String, List<String>> entries) {
        out.append(key).append(":\n");
        entries.forEach((name, values) -> out.append("  ").append(quote(name)).append(": [")
                .append(String.join(", ", values)).append("]\n"));
        return this;
    }

    static String expected(ExpectedFields f, String path) {
        return new YamlText()
                .comment("Expected reading of " + path + " (fictional sample, see sample-evidence/README.md)")
                .field("docType", f.docType())
                .field("number", f.number())
                .field("issuer", f.issuer())
                .field("parentIssuer", f.parentIssuer())
                .field("place", f.place())
                .field("issuedOn", f.issuedOn())
                .field("dateUnfilled", f.dateUnfilled())
                .field("subject", f.subject())
                .field("signerAuthority", f.signerAuthority())
                .field("signerPosition", f.signerPosition())
                .field("signerName", f.signerName())
                .field("copyForm", f.copyForm())
                .field("province", f.province())
                .field("signed", f.signed())
                .field("digitalSignatures", f.digitalSignatures())
                .field("ocr", f.ocr())
                .field("legacyEncoding", f.legacyEncoding())
                .field("outcome", f.outcome())
                .list("defects", f.defects())
                .toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return quote(date.toString()); // quoted: YAML 1.1 readers would turn it into a timestamp
        }
        String text = value.toString();
        return text.matches("[A-Z][A-Z_]*") ? text : quote(text);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
