package vn.kiemchung.assessment;

/** The dossier itself cannot be audited (no folder, no dossier.yaml, bad zip...): said in both languages. */
public class DossierException extends RuntimeException {
    private final String messageVi;

    public DossierException(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }
}
