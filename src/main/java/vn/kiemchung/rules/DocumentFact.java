package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.time.LocalDate;
import java.util.List;
import vn.kiemchung.extraction.fields.CommitteeMembers;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.extraction.Figure;
import vn.kiemchung.extraction.VietnameseText;

/**
 * One file of the dossier as the rules see it: where it is filed and what was read from it.
 * No Tika or storage types: rules are a pure function of these facts.
 */
public final class DocumentFact {

    private final String path;
    private final String indicatorCode;
    private final String sha256;
    private final String outcome;
    private final String reason;
    private final String mediaType;
    private final String docType;
    private final String number;
    private final String issuer;
    private final String parentIssuer;
    /** Set from the conventions in force at the document's date when the rules are run ({@link #classify}). */
    private String issuerKind = "UNKNOWN";
    private final String province;
    private final String place;
    private final LocalDate issuedOn;
    private final boolean dateUnfilled;
    private final String subject;
    private final String signerAuthority;
    private final String signerPosition;
    private final String signerName;
    private final int digitalSignatures;
    private final String copyForm;
    private final boolean ocr;
    private final double textQuality;
    private final String legacyEncoding;
    private final int pages;
    private final List<Figure> figures;
    private final String text;

    public DocumentFact(String path, String indicatorCode, String sha256, String outcome, String reason,
                        String mediaType, String docType, String number, String issuer, String parentIssuer,
                        String province, String place, LocalDate issuedOn, boolean dateUnfilled, String subject,
                        String signerAuthority, String signerPosition, String signerName, int digitalSignatures,
                        String copyForm, boolean ocr, double textQuality, String legacyEncoding, int pages,
                        List<Figure> figures, String text) {
        this.path = path;
        this.indicatorCode = indicatorCode;
        this.sha256 = sha256;
        this.outcome = outcome;
        this.reason = reason;
        this.mediaType = mediaType;
        this.docType = docType;
        this.number = number;
        this.issuer = issuer;
        this.parentIssuer = parentIssuer;
        this.province = province;
        this.place = place;
        this.issuedOn = issuedOn;
        this.dateUnfilled = dateUnfilled;
        this.subject = subject;
        this.signerAuthority = signerAuthority;
        this.signerPosition = signerPosition;
        this.signerName = signerName;
        this.digitalSignatures = digitalSignatures;
        this.copyForm = copyForm;
        this.ocr = ocr;
        this.textQuality = textQuality;
        this.legacyEncoding = legacyEncoding;
        this.pages = pages;
        this.figures = figures == null ? List.of() : List.copyOf(figures);
        this.text = text == null ? "" : text;
    }

    /** The fact for a file filed at {@code path} under {@code indicatorCode}. */
    public static DocumentFact of(String path, String indicatorCode, ExtractedDocument doc) {
        DocumentFields f = doc.fields() == null ? DocumentFields.empty() : doc.fields();
        DocumentFact fact = new DocumentFact(path, indicatorCode, doc.sha256(), doc.outcome().name(), doc.reason(), doc.mediaType(),
                DocumentFields.valueOf(f.docType()), DocumentFields.valueOf(f.number()),
                DocumentFields.valueOf(f.issuer()), DocumentFields.valueOf(f.parentIssuer()),
                DocumentFields.valueOf(f.province()), DocumentFields.valueOf(f.place()),
                DocumentFields.valueOf(f.issuedOn()), f.dateUnfilled(), DocumentFields.valueOf(f.subject()),
                DocumentFields.valueOf(f.signerAuthority()), DocumentFields.valueOf(f.signerPosition()),
                DocumentFields.valueOf(f.signerName()), doc.signatures() == null ? 0 : doc.signatures().size(),
                DocumentFields.valueOf(f.copyForm()), doc.ocr(), doc.textQuality(), doc.legacyEncoding(), doc.pages(),
                f.figures(), doc.text());
        fact.ocrMissing = doc.readWithoutOcr();
        return fact;
    }

    /**
     * Folds a document's text for keyword questions now, in the caller's thread (an audit's reading threads, while
     * the next files are parsed), so the rules, evaluated in one thread, find it folded (see {@link FoldedTexts}).
     */
    public static void foldAhead(ExtractedDocument doc) {
        if (doc != null && doc.text() != null && !doc.text().isEmpty()) {
            FoldedTexts.of(doc.sha256(), doc.text());
        }
    }

    /** Pages or images were left unread because OCR could not run where the file was read. */
    private boolean ocrMissing;

    /** Whether the file was not (wholly) read for want of OCR on the machine, not for a fault of the scan. */
    public boolean isOcrUnavailable() {
        return ocrMissing || (reason != null && reason.startsWith(vn.kiemchung.extraction.RawText.SCAN_WITHOUT_OCR));
    }

    private String folded;

    /** Sorts the issuer by the conventions (issuers.csv): both header lines, the symbol and the date. */
    void classify(Conventions conventions) {
        issuerKind = conventions.issuerKind(issuer, parentIssuer, number, issuedOn);
    }

    /** The document's issuer as its header prints it: "UBND TỈNH X / VĂN PHÒNG" for a unit under its parent body. */
    public String getIssuerLines() {
        return Conventions.issuerLines(this);
    }

    /** True when the text mentions the phrase, with or without diacritics, in any case. */
    public boolean mentions(String phrase) {
        if (phrase != null && ACRONYM.matcher(phrase.strip()).matches()) {
            // "AI", "CNTT", "5G": an acronym is written in capitals, and folded it would be a common word ("ai" = who).
            return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(phrase.strip())
                    + "(?![\\p{L}\\p{N}])").matcher(text).find();
        }
        if (folded == null) {
            folded = FoldedTexts.of(sha256, text);
        }
        return VietnameseText.mentionsFolded(folded, phrase);
    }

    /** A keyword in capitals of two to five Latin letters or digits, with at least one letter. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("(?=.*[A-Z])[A-Z0-9]{2,5}");

    /** True when it mentions at least one of the phrases (an empty list counts as mentioned). */
    public boolean mentionsAny(List<String> phrases) {
        return phrases == null || phrases.isEmpty() || phrases.stream().anyMatch(this::mentions);
    }

    private CommitteeMembers.Member head;
    private boolean headRead;

    /**
     * The head (Trưởng ban) of the committee this document sets up, as its text names them, or null
     * when it names none (see {@link CommitteeMembers}).
     */
    public CommitteeMembers.Member getCommitteeHead() {
        if (!headRead) {
            head = CommitteeMembers.head(text).orElse(null);
            headRead = true;
        }
        return head;
    }

    /** The deputies (Phó Trưởng ban) of the committee this document sets up. */
    public List<CommitteeMembers.Member> getCommitteeDeputies() {
        return CommitteeMembers.deputies(text);
    }

    /** A signature block with a signer's name, or a digital signature. */
    public boolean isSigned() {
        return digitalSignatures > 0 || (signerName != null && !signerName.isBlank());
    }

    /** Spreadsheets carry figures, not a Decree 30 header: no number or signature is expected of them. */
    public boolean isSpreadsheet() {
        String m = mediaType == null ? "" : mediaType;
        return m.contains("spreadsheet") || m.contains("excel") || m.contains("csv");
    }

    public boolean isReadable() {
        return "OK".equals(outcome);
    }

    public int getIssuedYear() {
        return issuedOn == null ? 0 : issuedOn.getYear();
    }

    /** The largest percentage the document states, or -1 when it states none. */
    public double getLargestPercent() {
        return figures.stream().filter(Figure::percent).mapToDouble(f -> f.value().doubleValue()).max().orElse(-1);
    }

    /** True when the document states this percentage (±0.05) anywhere. */
    public boolean statesPercent(double value) {
        return figures.stream().anyMatch(f -> f.percent() && Math.abs(f.value().doubleValue() - value) < 0.05);
    }

    public boolean hasFigures() {
        return !figures.isEmpty();
    }

    public String getPath() { return path; }
    public String getIndicatorCode() { return indicatorCode; }
    public String getSha256() { return sha256; }
    public String getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public String getMediaType() { return mediaType; }
    public String getDocType() { return docType; }

    /** The document's kind as people read it ("Thông báo"), or "loại chưa xác định". */
    public String getDocTypeVi() {
        return docType == null ? Bilingual.of("rules.fact.unknownType").vi() : vn.kiemchung.extraction.DocumentFields.typeName(docType);
    }

    /** The document's kind in English ("a notice"), or "of unknown type". */
    public String getDocTypeEn() {
        return docType == null ? Bilingual.of("rules.fact.unknownType").en() : vn.kiemchung.extraction.DocumentFields.typeNameEn(docType);
    }
    public String getNumber() { return number; }
    public String getIssuer() { return issuer; }
    public String getParentIssuer() { return parentIssuer; }
    public String getIssuerKind() { return issuerKind; }
    public String getProvince() { return province; }
    public String getPlace() { return place; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public boolean isDateUnfilled() { return dateUnfilled; }
    public String getSubject() { return subject; }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final java.util.regex.Pattern ONE_YEAR = java.util.regex.Pattern.compile("(?<![\\p{L}])nam ((?:19|20)\\d{2})(?!\\d)");

    /**
     * The one year a plan's subject says it is for ("Kế hoạch … năm 2026"), or 0 when it names none, several,
     * a period ("giai đoạn 2021–2025") or the years after ("và những năm tiếp theo", "định hướng đến năm 2030").
     */
    public int getSubjectYear() {
        if (subject == null) {
            return 0;
        }
        String f = VietnameseText.fold(subject);
        if (f.contains("giai doan") || f.contains("tiep theo") || f.contains("den nam") || f.contains("dinh huong")) {
            return 0;
        }
        java.util.regex.Matcher all = YEAR.matcher(f);
        int years = 0;
        while (all.find()) {
            years++;
        }
        java.util.regex.Matcher one = ONE_YEAR.matcher(f);
        return years == 1 && one.find() ? Integer.parseInt(one.group(1)) : 0;
    }
    public String getSignerAuthority() { return signerAuthority; }
    public String getSignerPosition() { return signerPosition; }
    public String getSignerName() { return signerName; }
    public int getDigitalSignatures() { return digitalSignatures; }
    public String getCopyForm() { return copyForm; }
    public boolean isOcr() { return ocr; }
    public double getTextQuality() { return textQuality; }
    public String getLegacyEncoding() { return legacyEncoding; }
    public int getPages() { return pages; }
    public List<Figure> getFigures() { return figures; }
    public String getText() { return text; }
    public int getTextLength() { return text.length(); }

    @Override
    public String toString() {
        return "DocumentFact[" + path + "]";
    }
}
