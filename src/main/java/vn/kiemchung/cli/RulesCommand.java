package vn.kiemchung.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.rules.RuleCompiler;
import vn.kiemchung.rules.RuleProblem;

/** {@code rules check [YEAR]}: compiles a year's rules and names every problem's file and place. */
final class RulesCommand {

    private final PrintStream out;
    private final PrintStream err;

    RulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, Set.of("rules"), Set.of());
        List<String> pos = options.positionals();
        if (pos.isEmpty() || !pos.get(0).equals("check")) {
            throw new UsageException("dùng: rules check [NĂM]", "usage: rules check [YEAR]");
        }
        Path root = CliEnvironment.rulesRoot(options);
        List<Integer> years = pos.size() > 1 ? List.of(Integer.parseInt(pos.get(1))) : yearsIn(root);
        int failures = 0;
        for (int year : years) {
            try {
                RuleBase base = new RuleCompiler(root).compile(year);
                out.println(year + ": OK " + base.version() + " — " + base.ruleNames().size() + " luật / rules, "
                        + base.files().size() + " tệp / files");
                base.warnings().forEach(w -> out.println("  cảnh báo / warning: " + w));
            } catch (RuleCompilationException e) {
                failures++;
                out.println(year + ": LỖI / FAILED");
                for (RuleProblem p : e.problems()) {
                    out.println("  " + (p.error() ? "lỗi / error: " : "cảnh báo / warning: ") + p);
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<Integer> yearsIn(Path root) {
        try (var dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> n.matches("\\d{4}"))
                    .map(Integer::parseInt).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UsageException("không đọc được " + root, "cannot list " + root);
        }
    }
}
