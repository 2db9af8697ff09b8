package vn.kiemchung.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Catalogues;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.ExtractionCache;
import vn.kiemchung.extraction.FolderExtractionCache;
import vn.kiemchung.extraction.ParseLimits;
import vn.kiemchung.extraction.TikaTextExtractor;
import vn.kiemchung.extraction.TextExtractor;

/** Where the command line finds its rules and cache, and the readers it builds; no Spring here, for speed. */
final class CliEnvironment {

    private CliEnvironment() {
    }

    /** --rules, then $KIEMCHUNG_RULES, then ./rules, then the rules folder beside the jar's folder. */
    static Path rulesRoot(Options options) {
        String given = options.get("rules", System.getenv("KIEMCHUNG_RULES"));
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isDirectory(p)) {
                throw new UsageException("không có thư mục luật " + p, "no rules folder " + p);
            }
            return p;
        }
        Path here = Path.of("rules");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(CliEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("rules"))) {
                    return dir.resolve("rules");
                }
            }
        } catch (Exception ignored) {
            // fall through to the error below
        }
        throw new UsageException("không tìm thấy thư mục rules/ (dùng --rules DIR)", "no rules folder found (use --rules DIR)");
    }

    static ExtractionCache cache(Options options) {
        if (options.has("no-cache")) {
            return ExtractionCache.NONE;
        }
        String dir = System.getenv("KIEMCHUNG_CACHE");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "kiemchung");
        return new FolderExtractionCache(folder);
    }

    /** The isolated parser, with its first child already starting while the caller gets ready. */
    static TextExtractor extractor() {
        TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults()
                .withOcrEngine(System.getenv().getOrDefault("KIEMCHUNG_OCR_ENGINE", "auto")));
        extractor.prestart(1);
        return extractor;
    }

    static DocumentReader reader(TextExtractor extractor, Options options) {
        return new DocumentReader(extractor, cache(options));
    }

    static Optional<Catalogue> catalogue(Path rulesRoot, int year) {
        return Catalogues.loadYear(rulesRoot, year);
    }
}
