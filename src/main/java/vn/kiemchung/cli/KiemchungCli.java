package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import vn.kiemchung.assessment.DossierException;
import vn.kiemchung.catalogue.CatalogueException;
import vn.kiemchung.rules.RuleCompilationException;

/**
 * The command line. Exit 0: no ERROR finding; 1: at least one ERROR; 2: the command could not run,
 * with one line on stderr saying why.
 */
public final class KiemchungCli {

    public static final Set<String> COMMANDS = Set.of("audit", "extract", "rules", "catalogue", "bench", "__bench-tika", "help", "--help", "-h");

    private KiemchungCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * The exit status of the command when it ran in a JVM started from the unpacked jar ({@link Relaunch});
     * empty when it is to run in this one.
     *
     * @param mainClass the class whose main method the second JVM starts with the same arguments
     */
    public static OptionalInt relaunched(String[] args, String mainClass) {
        return Relaunch.run(args, mainClass);
    }

    /**
     * The server's exit status when it ran in a JVM started from the unpacked jar ({@link Relaunch#serve});
     * empty when it is to run in this one.
     */
    public static OptionalInt relaunchedServer(String[] args, String mainClass) {
        return Relaunch.serve(args, mainClass);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "audit" -> new AuditCommand(out, err).run(rest);
                case "extract" -> new ExtractCommand(out, err).run(rest);
                case "rules" -> new RulesCommand(out, err).run(rest);
                case "catalogue" -> new CatalogueCommand(out).run(rest);
                case "bench" -> new BenchCommand(out).run(rest);
                case "__bench-tika" -> new PlainTikaCommand(out).run(rest);
                default -> {
                    out.println(usage());
                    yield 0;
                }
            };
        } catch (UsageException e) {
            err.println("kiemchung: " + e.getMessage());
            return 2;
        } catch (DossierException e) {
            err.println("kiemchung: " + e.text().both());
            return 2;
        } catch (RuleCompilationException e) {
            err.println("kiemchung: " + Bilingual.of("cli.rulesDoNotCompile").both() + ": " + e.getMessage());
            return 2;
        } catch (CatalogueException e) {
            err.println("kiemchung: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("kiemchung: " + Bilingual.of("cli.unexpectedError").both() + ": " + e);
            return 2;
        }
    }

    /**
     * The help: each command as it is typed, with its purpose in Vietnamese and English from the bundles
     * ({@code cli.help.*}). Placeholders are shown in Vietnamese, the year in both (NĂM/YEAR), as always.
     */
    static String usage() {
        Bilingual year = Bilingual.of("cli.help.year");
        String years = "[" + year.vi() + "/" + year.en() + "]";
        StringBuilder help = new StringBuilder();
        help.append("kiemchung — ").append(Bilingual.of("cli.help.title").both()).append("\n\n");
        help.append("  audit <").append(Bilingual.of("cli.help.dossier").vi())
                .append("> [--format text|json|html|xlsx|pdf] [--out FILE] [--lang vi|en] [--rules DIR] [--no-cache]\n");
        help.append("  extract FILE... [--format text|json]\n");
        command(help, "rules check " + years + " [--rules DIR]", "cli.help.rulesCheck");
        command(help, "rules test " + years + " [--rules DIR]", "cli.help.rulesTest");
        command(help, "catalogue check " + years, "cli.help.catalogueCheck");
        command(help, "catalogue import " + Bilingual.of("cli.help.file").vi() + " --year " + year.vi() + " [--force]",
                "cli.help.catalogueImport");
        command(help, "bench [--files 300]", "cli.help.bench");
        help.append("  ").append(Bilingual.of("cli.help.serve").en()).append("\n");
        return help.toString();
    }

    /** One line of the help: the command in a column 40 wide, then what it does, "vi / en". */
    private static void command(StringBuilder help, String syntax, String key) {
        help.append(String.format("  %-40s %s\n", syntax, Bilingual.of(key).both()));
    }
}
