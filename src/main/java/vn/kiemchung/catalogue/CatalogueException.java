package vn.kiemchung.catalogue;

/** A catalogue file that cannot be read, with file, line and reason in Vietnamese and English. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }
}
