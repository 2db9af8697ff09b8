package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.util.List;
import vn.kiemchung.catalogue.Indicator;

/** A component indicator of the year's catalogue, with the evidence it expects, as rules see it. */
public final class IndicatorFact {
    private final String code;
    private final String mainCode;
    private final String name;
    private final String method;
    private final String validity;
    private final List<String> docTypes;
    private final List<String> issuerKinds;
    private final List<String> keywords;
    private final String signer;
    private final boolean scoredByProvince;

    public IndicatorFact(String code, String mainCode, String name, String method, String validity,
                         List<String> docTypes, List<String> issuerKinds, List<String> keywords, String signer,
                         boolean scoredByProvince) {
        this.code = code;
        this.mainCode = mainCode;
        this.name = name;
        this.method = method;
        this.validity = validity;
        this.docTypes = docTypes == null ? List.of() : List.copyOf(docTypes);
        this.issuerKinds = issuerKinds == null ? List.of() : List.copyOf(issuerKinds);
        this.keywords = keywords == null ? List.of() : List.copyOf(keywords);
        this.signer = signer == null ? "ANY" : signer;
        this.scoredByProvince = scoredByProvince;
    }

    public static IndicatorFact of(Indicator i) {
        var e = i.evidence();
        return new IndicatorFact(i.code(), i.mainCode(), i.nameVi(), i.method().name(), i.validity().name(),
                e == null ? List.of() : e.docTypes(), e == null ? List.of() : e.issuerKinds(),
                e == null ? List.of() : e.keywords(), e == null ? "ANY" : e.signer(), i.scoredByProvince());
    }

    /** True when the catalogue accepts this document type (no list means any type). */
    public boolean acceptsDocType(String docType) {
        return docTypes.isEmpty() || (docType != null && docTypes.contains(docType));
    }

    /** True when the catalogue accepts this kind of issuer (no list, or ANY, means any issuer). */
    public boolean acceptsIssuerKind(String kind) {
        return issuerKinds.isEmpty() || issuerKinds.contains("ANY") || (kind != null && issuerKinds.contains(kind));
    }

    public boolean isInYear() {
        return "IN_YEAR".equals(validity);
    }

    public boolean isHeadMustSign() {
        return "HEAD".equals(signer);
    }

    public String getCode() { return code; }
    public String getMainCode() { return mainCode; }
    public String getName() { return name; }
    public String getMethod() { return method; }
    public String getValidity() { return validity; }
    public List<String> getDocTypes() { return docTypes; }
    public List<String> getIssuerKinds() { return issuerKinds; }
    public List<String> getKeywords() { return keywords; }
    public String getSigner() { return signer; }
    public boolean isScoredByProvince() { return scoredByProvince; }
    /** The kinds of document the component asks for, as people read them: "Quyết định hoặc Báo cáo". */
    public String getDocTypesText() {
        return docTypes.isEmpty() ? Bilingual.of("rules.fact.anyDocument").vi()
                : docTypes.stream().map(vn.kiemchung.extraction.DocumentFields::typeName)
                        .collect(java.util.stream.Collectors.joining(" " + Bilingual.of("rules.fact.or").vi() + " "));
    }

    /** The same in English: "a decision or a report". */
    public String getDocTypesTextEn() {
        return docTypes.isEmpty() ? Bilingual.of("rules.fact.anyDocument").en()
                : docTypes.stream().map(vn.kiemchung.extraction.DocumentFields::typeNameEn)
                        .collect(java.util.stream.Collectors.joining(" " + Bilingual.of("rules.fact.or").en() + " "));
    }

    @Override
    public String toString() {
        return "IndicatorFact[" + code + "]";
    }
}
