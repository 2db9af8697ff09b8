package vn.kiemchung.assessment;

import java.util.List;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.rules.DocumentFact;

/** What was read from one file, in the contract's names; fields not found are null. */
public record DocumentEntry(String path, String sha256, String mediaType, String docType, String number,
                            String issuer, String issuedOn, Boolean signed, String outcome, String reason,
                            String indicator, String parentIssuer, String place, String subject,
                            String signerAuthority, String signerPosition, String signerName,
                            List<String> recipients, String copyForm, String province, Integer pages, Boolean ocr,
                            Double textQuality, String legacyEncoding, Boolean encrypted, Integer digitalSignatures,
                            List<Signature> signatures, Boolean dateUnfilled, List<FigureEntry> figures) {

    public record Signature(String signerName, String signedAt, boolean coversWholeFile) {
    }

    public record FigureEntry(String value, boolean percent, String unit, String phrase, int page, int line) {
    }

    /** The entry for a filed document. */
    public static DocumentEntry of(FiledDocument filed) {
        return of(filed, DocumentFact.of(filed.path(), filed.indicatorCode(), filed.document()));
    }

    static DocumentEntry of(FiledDocument filed, DocumentFact fact) {
        ExtractedDocument d = filed.document();
        DocumentFields f = d.fields() == null ? DocumentFields.empty() : d.fields();
        return new DocumentEntry(filed.path(), d.sha256(), d.mediaType(), fact.getDocType(), fact.getNumber(),
                fact.getIssuer(), fact.getIssuedOn() == null ? null : fact.getIssuedOn().toString(),
                d.readable() ? fact.isSigned() : null, d.outcome().name(), d.reason(), filed.indicatorCode(),
                fact.getParentIssuer(), fact.getPlace(), fact.getSubject(), fact.getSignerAuthority(),
                fact.getSignerPosition(), fact.getSignerName(), f.recipients(), fact.getCopyForm(), fact.getProvince(),
                d.pages(), d.ocr(), Math.round(d.textQuality() * 1000) / 1000.0, d.legacyEncoding(), d.encrypted(),
                d.signatures() == null ? 0 : d.signatures().size(),
                d.signatures() == null ? List.of() : d.signatures().stream().map(s -> new Signature(
                        s.signerName(), s.signedAt() == null ? null : s.signedAt().toString(), s.coversWholeFile())).toList(),
                f.dateUnfilled(),
                f.figures().stream().map(x -> new FigureEntry(x.value().toPlainString(), x.percent(), x.unit(),
                        x.phrase(), x.page(), x.line())).toList());
    }
}
