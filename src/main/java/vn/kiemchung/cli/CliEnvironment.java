package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.ExtractionCache;
import vn.kiemchung.extraction.FolderExtractionCache;
import vn.kiemchung.extraction.ParseLimits;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleSource;
import vn.kiemchung.extraction.TikaTextExtractor;
import vn.kiemchung.extraction.TextExtractor;

/** Where the command line finds its rules and cache, and the readers it builds; no Spring here, for speed. */
final class CliEnvironment {

    private CliEnvironment() {
    }

    /**
     * --rules, then $KIEMCHUNG_RULES, else the rules inside the jar (unpacked once into the cache
     * folder): the same rules from whatever folder the command runs in.
     */
    static RuleSource rulesSource(Options options) {
        String given = options.get("rules", System.getenv("KIEMCHUNG_RULES"));
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given).toAbsolutePath().normalize();
            if (!Files.isDirectory(p)) {
                throw new UsageException(Bilingual.of("cli.noRulesFolder", p.toString()));
            }
            return RuleSource.folder(p);
        }
        if (!RuleSource.hasBuiltIn()) {
            throw new UsageException(Bilingual.of("cli.noBuiltInRules"));
        }
        return RuleSource.builtIn(cacheFolder().resolve("rules"));
    }

    static Path rulesRoot(Options options) {
        return rulesSource(options).root();
    }

    static Path cacheFolder() {
        return FolderExtractionCache.defaultFolder();
    }

    /**
     * The rule book of a command: compiled rules are kept in the cache folder between runs (a run
     * whose rules did not change compiles nothing), except with --no-cache.
     */
    static RuleBook ruleBook(RuleSource rules, Options options) {
        RuleBook book = new RuleBook(rules, null);
        return options.has("no-cache") ? book : book.keepCompiledIn(cacheFolder().resolve("compiled-rules"));
    }

    static ExtractionCache cache(Options options) {
        if (options.has("no-cache")) {
            return ExtractionCache.NONE;
        }
        return new FolderExtractionCache(cacheFolder());
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
        return vn.kiemchung.catalogue.CatalogueSource.under(rulesRoot).year(year);
    }
}
