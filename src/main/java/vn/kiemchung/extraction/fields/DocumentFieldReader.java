package vn.kiemchung.extraction.fields;

import java.util.Optional;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.FieldValue;

/**
 * Reads all Decree 30/2020 fields of one document. Thread-safe and stateless; the text must have
 * gone through {@link vn.kiemchung.extraction.VietnameseText#normalize} (pages split by '\f').
 */
public final class DocumentFieldReader {

    private final DocumentNumberExtractor numbers = new DocumentNumberExtractor();
    private final DocumentTypeExtractor types = new DocumentTypeExtractor();
    private final IssuerExtractor issuers = new IssuerExtractor();
    private final PlaceDateExtractor placeDates = new PlaceDateExtractor();
    private final SubjectExtractor subjects = new SubjectExtractor();
    private final SignerExtractor signers = new SignerExtractor();
    private final RecipientsExtractor recipients = new RecipientsExtractor();
    private final CopyFormExtractor copyForms = new CopyFormExtractor();
    private final ProvinceExtractor provinces = new ProvinceExtractor();
    private final FigureExtractor figures = new FigureExtractor();

    public DocumentFields read(String normalizedText) {
        return read(normalizedText, false);
    }

    /** @param ocr true when the text came from OCR, whose typical misreadings some fields put right */
    public DocumentFields read(String normalizedText, boolean ocr) {
        DocumentLines doc = new DocumentLines(normalizedText);
        if (doc.isEmpty()) {
            return DocumentFields.empty();
        }
        FieldValue<String> number = numbers.extract(doc);
        FieldValue<String> docType = types.extract(doc, number);
        IssuerExtractor.Issuer issuer = issuers.extract(doc);
        PlaceDateExtractor.PlaceDate placeDate = placeDates.extract(doc);
        Optional<Line> typeLine = types.typeLine(doc);
        FieldValue<String> subject = subjects.extract(doc, typeLine, issuer.issuer());
        SignerExtractor.Signer signer = signers.extract(doc, ocr);
        return new DocumentFields(
                docType,
                number,
                issuer.issuer(),
                issuer.parent(),
                placeDate.place(),
                placeDate.issuedOn(),
                placeDate.unfilled(),
                subject,
                signer.authority(),
                signer.position(),
                signer.name(),
                recipients.extract(doc),
                copyForms.extract(doc),
                provinces.extract(issuer.issuer(), issuer.parent(), placeDate.place(), doc),
                figures.extract(doc));
    }

    /** The Vietnamese name of a document type code (QUYET_DINH → "Quyết định"), for pages and reports. */
    public static String documentTypeName(String code) {
        return DocumentTypes.name(code);
    }

    public static String documentTypeNameEn(String code) {
        return DocumentTypes.nameEn(code);
    }
}
