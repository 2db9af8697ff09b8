package vn.kiemchung.web.dossiers;

import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.ExtractedDocument;

/** The Decree 30 fields read from one file, as the preview shows them; null when not found. */
record ReadFields(String outcome, String reason, int pages, boolean ocr, String docType, String number, String issuer,
                  String issuedOn, String signer, String subject) {

    static ReadFields of(ExtractedDocument d) {
        DocumentFields f = d.fields() == null ? DocumentFields.empty() : d.fields();
        String signer = String.join(" ", java.util.stream.Stream.of(f.signerAuthority(), f.signerPosition(), f.signerName())
                .map(DocumentFields::valueOf).filter(v -> v != null && !v.isBlank()).toList());
        var issuedOn = DocumentFields.valueOf(f.issuedOn());
        return new ReadFields(d.outcome().name(), d.reason(), d.pages(), d.ocr(), DocumentFields.valueOf(f.docType()),
                DocumentFields.valueOf(f.number()), DocumentFields.valueOf(f.issuer()),
                issuedOn == null ? null : issuedOn.toString(), signer.isEmpty() ? null : signer,
                DocumentFields.valueOf(f.subject()));
    }
}
