package vn.kiemchung.catalogue;

/**
 * A catalogue file that cannot be read. The message names the file, the line and the reason
 * in Vietnamese and English, because the people who fix it edit the file in Excel.
 */
public class CatalogueException extends RuntimeException {

    private final String file;
    private final int line;

    public CatalogueException(String file, int line, String reasonVi, String reasonEn) {
        super(line > 0
                ? file + " dòng " + line + ": " + reasonVi + " / line " + line + ": " + reasonEn
                : file + ": " + reasonVi + " / " + reasonEn);
        this.file = file;
        this.line = line;
    }

    public CatalogueException(String file, String reasonVi, String reasonEn, Throwable cause) {
        super(file + ": " + reasonVi + " / " + reasonEn, cause);
        this.file = file;
        this.line = 0;
    }

    public String file() {
        return file;
    }

    /** 1-based line where the bad record starts, 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
