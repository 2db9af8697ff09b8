package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleCase;
import vn.kiemchung.rules.RuleCaseException;
import vn.kiemchung.rules.RuleCases;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.rules.RuleCompiler;
import vn.kiemchung.rules.RuleCoverage;
import vn.kiemchung.rules.RuleProblem;

/**
 * {@code rules check [YEAR]}: compiles a year's rules and names every problem's file and place.
 * {@code rules test [YEAR]}: runs the experts' rule cases, for every year that has a catalogue when no
 * year is given (a case runs for each year its rules apply to), and reports which rules lack a passing or
 * failing case. Exit 0 when every case passes, 1 when one fails, 2 when a rule or a case cannot be read.
 */
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
        if (pos.isEmpty() || !(pos.get(0).equals("check") || pos.get(0).equals("test")) || pos.size() > 2) {
            throw new UsageException(Bilingual.of("cli.usage.rules"));
        }
        Path root = CliEnvironment.rulesRoot(options);
        Integer year = pos.size() > 1 ? Options.year(pos.get(1)) : null;
        return pos.get(0).equals("check") ? check(root, year == null ? yearsIn(root) : List.of(year)) : test(root, year);
    }

    private int check(Path root, List<Integer> years) {
        int failures = 0;
        for (int year : years) {
            try {
                RuleBase base = new RuleCompiler(root).compile(year);
                out.println(year + ": OK " + base.version() + " — " + base.ruleNames().size() + " " + both("rules") + ", "
                        + base.files().size() + " " + both("files"));
                base.warnings().forEach(w -> out.println("  " + both("warning") + ": " + w));
            } catch (RuleCompilationException e) {
                failures++;
                out.println(year + ": " + both("failed"));
                for (RuleProblem p : e.problems()) {
                    out.println("  " + (p.error() ? both("error") + ": " : both("warning") + ": ") + p);
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** Runs every case for every year it applies to (one year when given), each year on its own rules. */
    private int test(Path root, Integer onlyYear) {
        Map<Integer, Catalogue> catalogues = new HashMap<>();
        RuleCases cases = new RuleCases(root, y -> catalogues.computeIfAbsent(y,
                k -> CliEnvironment.catalogue(root, k).orElse(null)));
        Map<Integer, RuleBase> bases = new LinkedHashMap<>();
        if (onlyYear != null && CliEnvironment.catalogue(root, onlyYear).isEmpty()) {
            throw new UsageException(Bilingual.of("cli.rules.noIndicatorSet", String.valueOf(onlyYear), root.toString()));
        }
        List<Integer> years = onlyYear != null ? List.of(onlyYear) : vn.kiemchung.catalogue.CatalogueSource.under(root).years();
        List<RuleCase.Result> results = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int year : years) {
            if (!compile(root, year, bases)) {
                return 2;
            }
            for (Path file : cases.caseFiles(year)) {
                RuleCase c;
                try {
                    c = cases.read(file, year);
                } catch (RuleCaseException e) {
                    unreadable.add(e.getMessage());
                    Bilingual mark = Bilingual.of("rules.command.caseError");
                    out.println(mark.vi() + "  / " + mark.en() + " " + year + " " + e.getMessage());
                    continue;
                }
                if (c.year() != year) {
                    continue;
                }
                RuleCase.Result r = RuleCases.run(bases.get(year), c);
                results.add(r);
                out.println((r.passed() ? "PASS " : "FAIL ") + year + " " + c.file() + " — " + c.name());
                r.failures().forEach(f -> out.println("       " + f));
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println();
        out.println(both("cases") + ": " + (results.size() - failed) + " " + both("passed") + ", " + failed + " " + both("notPassed")
                + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " " + both("unreadable"))
                + " — " + both("years") + " " + years);
        coverage(bases, catalogues, results);
        if (!unreadable.isEmpty()) {
            unreadable.forEach(u -> err.println("kiemchung: " + both("caseUnreadable") + ": " + u));
            return 2;
        }
        return failed == 0 ? 0 : 1;
    }

    /** A label in both languages, "vi / en" ({@code cli.rules.*}). */
    private static String both(String key) {
        return Bilingual.of("cli.rules." + key).both();
    }

    private boolean compile(Path root, int year, Map<Integer, RuleBase> bases) {
        try {
            RuleBase base = new RuleCompiler(root).compile(year);
            bases.put(year, base);
            out.println(both("rulesHeading") + " " + base.version() + ": " + base.ruleNames().size() + " " + both("rules") + ", "
                    + base.files().size() + " " + both("files"));
            return true;
        } catch (RuleCompilationException e) {
            err.println("kiemchung: " + Bilingual.of("cli.rules.yearDoesNotCompile", String.valueOf(year)).both() + ":");
            e.problems().stream().filter(RuleProblem::error).forEach(p -> err.println("  " + p));
            return false;
        }
    }

    /** Which components have no rule of their own, and which rules no case shows failing or passing. */
    private void coverage(Map<Integer, RuleBase> bases, Map<Integer, Catalogue> catalogues, List<RuleCase.Result> results) {
        out.println();
        out.println(both("coverage"));
        for (Map.Entry<Integer, RuleBase> e : bases.entrySet()) {
            Catalogue catalogue = catalogues.get(e.getKey());
            List<String> codes = catalogue == null ? List.of() : catalogue.indicators().stream().map(Indicator::code).toList();
            List<RuleCase.Result> ofYear = results.stream().filter(r -> r.ruleCase().year() == e.getKey()).toList();
            RuleCoverage coverage = RuleCoverage.of(e.getValue().ruleNames(), codes, ofYear);
            out.println("  " + e.getKey() + ":");
            if (catalogue != null) {
                out.println("  " + both("componentsWithoutRule") + ": "
                        + coverage.componentsWithoutRule().size() + " / " + coverage.components());
                out.println("    " + String.join(" ", coverage.componentsWithoutRule()));
            }
            out.println("  " + both("rulesWithoutFailingCase") + ": "
                    + (coverage.rulesWithoutFailingCase().isEmpty() ? both("none") : coverage.rulesWithoutFailingCase().size()));
            coverage.rulesWithoutFailingCase().forEach(n -> out.println("    \"" + n + "\""));
            out.println("  " + both("rulesWithoutPassingCase") + ": "
                    + (coverage.rulesWithoutPassingCase().isEmpty() ? both("none") : coverage.rulesWithoutPassingCase().size()));
            coverage.rulesWithoutPassingCase().forEach(n -> out.println("    \"" + n + "\""));
            if (!coverage.derivingRules().isEmpty()) {
                out.println("  " + both("derivingRules") + ": "
                        + coverage.derivingRules().size());
                coverage.derivingRules().forEach(n -> out.println("    \"" + n + "\""));
            }
        }
    }

    private static List<Integer> yearsIn(Path root) {
        try (var dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> n.matches("\\d{4}"))
                    .map(Integer::parseInt).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UsageException(Bilingual.of("cli.cannotList", root.toString()));
        }
    }
}
