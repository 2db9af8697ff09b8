package vn.kiemchung.rules;


/** The dossier being checked: whose it is and which year it is for. */
public final class DossierFact {
    private final String province;
    private final int year;

    public DossierFact(String province, int year) {
        this.province = province;
        this.year = year;
    }

    public String getProvince() { return province; }
    public int getYear() { return year; }

    /** "Tỉnh Bạc Liêu" → "bac lieu", for comparing with the province a document names. */
    public String getProvinceKey() {
        return Conventions.provinceKey(province);
    }

    /** True when the province name given (any case, with or without diacritics or "Tỉnh") is this one. */
    public boolean isProvince(String other) {
        return other != null && Conventions.provinceKey(other).equals(getProvinceKey());
    }
}
