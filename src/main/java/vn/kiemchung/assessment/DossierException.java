package vn.kiemchung.assessment;

import vn.kiemchung.platform.Bilingual;

/**
 * The dossier itself cannot be audited (no folder, no dossier.yaml, bad zip...): said in both languages,
 * worded in messages*.properties ({@code refusal.dossier.*}).
 */
public class DossierException extends RuntimeException {
    private final transient Bilingual text;

    public DossierException(Bilingual text) {
        super(text.en());
        this.text = text;
    }

    /** The words of {@code refusal.<key>}, filled with {@code args}. */
    static DossierException keyed(String key, Object... args) {
        return new DossierException(Bilingual.of("refusal." + key, args));
    }

    public Bilingual text() {
        return text;
    }
}
