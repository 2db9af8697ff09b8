package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.catalogue.CatalogueProblem;
import vn.kiemchung.catalogue.ImportResult;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.catalogue.OfficialTableImporter;

/**
 * {@code catalogue check [YEAR]} and {@code catalogue import FILE --year YEAR}: the domain experts'
 * way to load the ministry's official table (XLSX or CSV) into rules/&lt;year&gt;/ without a developer.
 */
final class CatalogueCommand {

    private final PrintStream out;

    CatalogueCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, Set.of("rules", "year"), Set.of("force"));
        List<String> pos = options.positionals();
        if (pos.isEmpty()) {
            throw new UsageException(Bilingual.of("cli.usage.catalogue"));
        }
        var source = CliEnvironment.rulesSource(options);
        Path root = source.root();
        if ("import".equals(pos.get(0)) && source.kind() == vn.kiemchung.rules.RuleSource.Kind.BUILT_IN) {
            throw new UsageException(Bilingual.of("cli.catalogue.importNeedsRules"));
        }
        return switch (pos.get(0)) {
            case "check" -> check(root, pos.size() > 1 ? Options.year(pos.get(1)) : null);
            case "import" -> importTable(root, pos, options);
            default -> throw new UsageException(Bilingual.of("cli.unknownSubcommand", pos.get(0)));
        };
    }

    /** A label in both languages, "vi / en" ({@code cli.catalogue.*}). */
    private static String both(String key) {
        return Bilingual.of("cli.catalogue." + key).both();
    }

    private int check(Path root, Integer year) {
        int errors = 0;
        vn.kiemchung.catalogue.CatalogueSource catalogues = vn.kiemchung.catalogue.CatalogueSource.under(root);
        for (int y : year == null ? catalogues.years() : List.of(year)) {
            final int shown = y;
            CatalogueLoader loader = new CatalogueLoader();
            Catalogue c = catalogues.year(y).orElseThrow(() ->
                    new UsageException(Bilingual.of("cli.noIndicatorSetForYear", String.valueOf(shown))));
            BigDecimal components = c.indicators().stream().map(Indicator::maxPoints).filter(p -> p != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long unverified = c.indicators().stream().filter(i -> !i.verified()).count();
            out.println(y + ": " + c.mainIndicators().size() + " " + both("mainIndicators") + ", " + c.indicators().size()
                    + " " + both("components") + ", " + both("max") + " " + c.maxScore() + ", " + both("sumOfComponents") + " "
                    + components + ", " + both("unverified") + " " + unverified);
            for (CatalogueProblem p : loader.check(c)) {
                out.println("  " + p.severity() + " " + p.message());
                if (p.severity() == CatalogueProblem.Severity.ERROR) {
                    errors++;
                }
            }
        }
        return errors == 0 ? 0 : 1;
    }

    private int importTable(Path root, List<String> pos, Options options) {
        if (pos.size() != 2 || !options.has("year")) {
            throw new UsageException(Bilingual.of("cli.usage.catalogueImport"));
        }
        Path file = Path.of(pos.get(1));
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Bilingual.of("cli.noSuchFile", file.toString()));
        }
        int year = Options.year(options.get("year", null));
        Path dir = root.resolve(String.valueOf(year));
        if (Files.exists(dir.resolve("catalogue.csv")) && !options.has("force")) {
            throw new UsageException(Bilingual.of("cli.catalogue.exists", dir.resolve("catalogue.csv").toString()));
        }
        ImportResult result = new OfficialTableImporter().importFile(file, year);
        long errors = result.problems().stream().filter(p -> p.severity() == CatalogueProblem.Severity.ERROR).count();
        result.problems().forEach(p -> out.println("  " + p.severity() + " " + p.message()));
        if (result.catalogue().indicators().isEmpty()) {
            out.println(both("nothingRead"));
            return 1;
        }
        new OfficialTableImporter().write(result.catalogue(), dir);
        out.println(Bilingual.of("cli.written").both() + " " + dir + ": " + result.catalogue().mainIndicators().size() + " " + both("main") + ", "
                + result.catalogue().indicators().size() + " " + both("components") + ", " + errors + " " + both("errors"));
        return errors == 0 ? 0 : 1;
    }
}
