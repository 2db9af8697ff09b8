package vn.kiemchung.evidence;

/** No dossier with that id (or not one the caller may see). */
public class DossierNotFoundException extends RuntimeException {
    public DossierNotFoundException(long id) {
        super("dossier " + id + " not found");
    }
}
