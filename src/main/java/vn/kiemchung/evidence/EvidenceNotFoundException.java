package vn.kiemchung.evidence;

/** No evidence with that id (or not one the caller may see). */
public class EvidenceNotFoundException extends RuntimeException {
    public EvidenceNotFoundException(long id) {
        super("evidence " + id + " not found");
    }
}
