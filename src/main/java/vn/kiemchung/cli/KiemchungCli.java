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
                    out.println(USAGE);
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

    static final String USAGE = """
            kiemchung — kiểm tra tài liệu kiểm chứng DTI trước khi nộp / check DTI evidence before submission

              audit <thư-mục-hoặc-zip> [--format text|json|html|xlsx|pdf] [--out FILE] [--lang vi|en] [--rules DIR] [--no-cache]
              extract FILE... [--format text|json]
              rules check [NĂM/YEAR] [--rules DIR]     biên dịch luật, báo tệp và dòng lỗi / compile the rules
              rules test [NĂM/YEAR] [--rules DIR]      chạy các ca kiểm thử và báo độ phủ / run the rule cases, report coverage
              catalogue check [NĂM/YEAR]               kiểm tra bộ chỉ số / check the indicator sets
              catalogue import TỆP --year NĂM [--force] nạp bảng chính thức (XLSX/CSV) / import the official table
              bench [--files 300]                      đo tốc độ / speed benchmark
              (no command, or "serve": start the web application)
            """;
}
