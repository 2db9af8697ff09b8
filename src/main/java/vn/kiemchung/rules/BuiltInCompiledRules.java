package vn.kiemchung.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.kiemchung.platform.FileTrees;

/**
 * Run by the build ({@code prepare-package}, see pom.xml): compiles the repository's rules for every year
 * that has an indicator set, as Drools executable models, into the folder that becomes
 * {@value CompiledRules#BUILT_IN} inside the jar. A run of the jar whose rule files are these (the built-in
 * rules, or any folder holding the same files) then loads them instead of compiling: each entry is named by
 * the same key the cache folder uses (the rule files' paths and bytes, the year, the Drools version and the
 * fact classes), so an edited rule simply misses and is compiled as before.
 *
 * <p>Usage: {@code BuiltInCompiledRules <rules folder> <output folder>}. Exits 1 when a year's rules do not
 * compile, naming the file and place: the jar must not be built from broken rules.
 */
final class BuiltInCompiledRules {

    private BuiltInCompiledRules() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuiltInCompiledRules <rules folder> <output folder>");
            System.exit(2);
        }
        Path rules = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        // never seeded from an earlier build's entries on the class path
        System.setProperty(CompiledRules.BUILT_IN_SWITCH, "false");
        FileTrees.deleteQuietly(out);
        Files.createDirectories(out);
        List<String> written = new ArrayList<>();
        try {
            written.addAll(compile(rules, out));
        } catch (RuleCompilationException e) {
            System.err.println("The rules do not compile / Bộ quy tắc có lỗi biên dịch:");
            for (RuleProblem p : e.problems()) {
                System.err.println("  " + p);
            }
            System.exit(1);
        }
        // the index says the jar has entries at all: a jar without one never looks them up
        Files.writeString(out.resolve("index"), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        System.out.println("Built-in rules compiled into " + out + ": " + String.join(", ", written));
        System.exit(0);
    }

    /** Compiles each year of {@code rules} into {@code out}; returns the keys written. */
    static List<String> compile(Path rules, Path out) {
        CompiledRules target = new CompiledRules(out, null);
        RuleBook book = new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null).keepCompiledIn(out);
        List<String> written = new ArrayList<>();
        for (int year : book.years()) {
            book.forYear(year);
            String key = target.key(rules, year);
            if (target.entry(key).isPresent()) {
                written.add(key);
            } else {
                // the executable model refused what the plain build accepts: that year compiles at run time
                System.err.println("Rules of " + year + " not built into the jar (no executable model); compiled when first used");
            }
        }
        return written;
    }
}
