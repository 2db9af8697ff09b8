package vn.kiemchung.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.rules.Finding;

/**
 * The page a finding is about, when the rule did not say: the page where the field the finding
 * concerns was read (the date line for a date finding, the signature block for a signer finding).
 */
final class FindingPages {

    private final Map<String, DocumentFields> fieldsByPath = new HashMap<>();

    FindingPages(List<FiledDocument> documents) {
        for (FiledDocument d : documents) {
            if (d.document().fields() != null) {
                fieldsByPath.put(d.path(), d.document().fields());
            }
        }
    }

    Integer pageOf(Finding f) {
        if (f.getPage() != null || f.getDocument() == null) {
            return f.getPage();
        }
        DocumentFields fields = fieldsByPath.get(f.getDocument());
        if (fields == null) {
            return null;
        }
        FieldValue<?> field = switch (f.getCode()) {
            case "DATE_OUT_OF_PERIOD" -> fields.issuedOn();
            case "DOC_TYPE_MISMATCH" -> fields.docType();
            case "ISSUER_MISMATCH", "WRONG_PROVINCE" -> fields.issuer() != null ? fields.issuer() : fields.province();
            case "SIGNER_MISMATCH" -> fields.signerPosition() != null ? fields.signerPosition() : fields.signerAuthority();
            default -> null;
        };
        return field == null || field.page() == 0 ? null : field.page();
    }
}
