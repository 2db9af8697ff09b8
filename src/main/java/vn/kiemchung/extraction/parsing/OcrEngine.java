package vn.kiemchung.extraction.parsing;

import java.util.Locale;

/**
 * Which Tesseract reads scans: the one inside the jar (nothing to install), or the {@code tesseract}
 * command installed on the machine, for sites that keep their own build or models.
 */
public enum OcrEngine {
    EMBEDDED, SYSTEM;

    /** "embedded", "system" or "auto" (embedded where the jar carries natives for this platform, else system). */
    public static OcrEngine choose(String setting, String language) {
        String s = setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "embedded" -> EMBEDDED;
            case "system" -> SYSTEM;
            case "auto", "" -> EmbeddedOcr.supported(language) ? EMBEDDED : SYSTEM;
            default -> throw new IllegalArgumentException("kiemchung.extraction.ocr-engine must be auto, embedded or "
                    + "system, not '" + setting + "'");
        };
    }

    /** Whether this engine can read {@code language} here; for the embedded one, without loading natives. */
    public boolean available(String language) {
        return this == EMBEDDED ? EmbeddedOcr.supported(language) : TesseractProbe.available(language);
    }
}
