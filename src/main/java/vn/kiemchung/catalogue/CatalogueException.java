package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

/**
 * A catalogue file that cannot be read. The message names the file, the line and the reason
 * in Vietnamese and English, because the people who fix it edit the file in Excel.
 */
public class CatalogueException extends RuntimeException {

    private final String file;
    private final int line;

    public CatalogueException(String file, int line, Bilingual reason) {
        super(line > 0
                ? file + " " + Bilingual.of("catalogue.atLine", String.valueOf(line), reason).both()
                : file + ": " + reason.both());
        this.file = file;
        this.line = line;
    }

    public CatalogueException(String file, Bilingual reason, Throwable cause) {
        super(file + ": " + reason.both(), cause);
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
