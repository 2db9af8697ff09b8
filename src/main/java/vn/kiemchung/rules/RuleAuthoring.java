package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import vn.kiemchung.platform.FileTrees;
import vn.kiemchung.catalogue.Catalogue;

/**
 * Decision tables uploaded by rule authors through the product: values only, in the fixed layout
 * of a table kind (see {@link RuleTable}). DRL is never accepted here; it is the developers' and
 * goes through the repository.
 */
public final class RuleAuthoring {

    /** A component folder inside a year: "1/1.1-steering-committee-head". */
    private static final Pattern FOLDER = Pattern.compile("[0-9]{1,2}(/[0-9A-Za-z][0-9A-Za-z._-]{0,80}){1,2}");
    private static final Pattern TABLE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,120}\\.(csv|xlsx)");
    private static final Pattern CASE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,120}\\.ya?ml");

    private final RuleBook book;
    private final IntFunction<Catalogue> catalogues;

    public RuleAuthoring(RuleBook book, IntFunction<Catalogue> catalogues) {
        this.book = book;
        this.catalogues = catalogues;
    }

    /**
     * What became of an upload: published (with the new version of the upload's year, and the years
     * the table applies to), or refused with the reasons.
     */
    public record Publication(boolean published, String version, List<String> problems, List<String> failedCases,
                              List<Integer> years) {
        Publication(boolean published, String version, List<String> problems, List<String> failedCases) {
            this(published, version, problems, failedCases, List.of());
        }
    }

    /**
     * A table tried on a staged copy without going live: the outcome it would have, and the rules the
     * upload's year would then run on (null when refused), for comparing with the rules in service.
     */
    public record Trial(Publication outcome, RuleBase staged) {
    }

    /**
     * Publishes a table to {@code rules/components/<folder>/}. The table is read and every cell
     * checked against its column before anything else; a table holding anything but values is
     * refused there, naming the sheet and cell, and nothing of it is compiled or run. A table that
     * passes becomes DRL from its kind's template only, is compiled on a staged copy of the rules,
     * and goes live when every case of every year it applies to passes.
     */
    public Publication publish(int year, String folder, String tableName, byte[] table, Map<String, byte[]> cases) {
        Trial trial = attempt(year, folder, tableName, table, cases, true);
        return trial.outcome();
    }

    /** Everything {@link #publish} checks, on a staged copy, without changing the rules in service. */
    public Trial tryOut(int year, String folder, String tableName, byte[] table, Map<String, byte[]> cases) {
        return attempt(year, folder, tableName, table, cases, false);
    }

    private Trial attempt(int year, String folder, String tableName, byte[] table, Map<String, byte[]> cases, boolean goLive) {
        List<String> refused = validate(folder, tableName, table, cases);
        if (!refused.isEmpty()) {
            return new Trial(new Publication(false, null, refused, List.of()), null);
        }
        String rel = RuleCompiler.COMPONENTS + "/" + folder + "/" + tableName;
        RuleTable.Read read = RuleTable.read(rel, table);
        if (!read.ok()) {
            return new Trial(new Publication(false, null, read.problems().stream().map(RuleProblem::toString).toList(), List.of()), null);
        }
        List<Integer> withCatalogue = book.years();
        List<String> yearProblems = new ArrayList<>();
        if (!read.years().contains(year)) {
            yearProblems.add(rel + " " + cell("B2") + ": " + Bilingual.of("rules.author.notForYear", String.valueOf(year)).both());
        }
        for (int y : read.years()) {
            if (!withCatalogue.contains(y)) {
                yearProblems.add(rel + " " + cell("B2") + ": " + Bilingual.of("rules.author.noIndicatorSet", String.valueOf(y)).both());
            }
        }
        if (!yearProblems.isEmpty()) {
            return new Trial(new Publication(false, null, yearProblems, List.of()), null);
        }
        List<Integer> years = List.copyOf(read.years());
        // staged from the rules in service; going live writes where publications go (for built-in
        // rules a copy under the data folder, made only now, never the jar)
        Path live = book.rulesRoot();
        Path staging = null;
        try {
            staging = Files.createTempDirectory("kiemchung-rules-staging");
            FileTrees.copy(live, staging);
            write(staging.resolve(RuleCompiler.COMPONENTS).resolve(folder), tableName, table, cases);
            List<String> problems = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            RuleBase stagedForYear = null;
            for (int y : years) {
                RuleBase staged;
                try {
                    staged = new RuleCompiler(staging).compile(y);
                } catch (RuleCompilationException e) {
                    e.problems().stream().filter(RuleProblem::error).map(p -> y + ": " + p).forEach(problems::add);
                    continue;
                }
                if (y == year) {
                    stagedForYear = staged;
                }
                for (RuleCases.Outcome o : new RuleCases(staging, catalogues).runYear(staged, y)) {
                    if (o.unreadable() != null) {
                        failed.add(y + ": " + o.unreadable().getMessage());
                    } else if (!o.passed()) {
                        failed.add(y + ": " + o.file() + ": " + String.join("; ", o.result().failures()));
                    }
                }
            }
            if (!problems.isEmpty() || !failed.isEmpty() || !goLive) {
                boolean ok = problems.isEmpty() && failed.isEmpty();
                return new Trial(new Publication(false, null, problems, failed, years), ok || problems.isEmpty() ? stagedForYear : null);
            }
            write(book.publishingRoot().resolve(RuleCompiler.COMPONENTS).resolve(folder), tableName, table, cases);
            String version = null;
            for (int y : years) {
                String v = book.reload(y).version();
                if (y == year) {
                    version = v;
                }
            }
            return new Trial(new Publication(true, version, List.of(), List.of(), years), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the rules", e);
        } finally {
            if (staging != null) {
                FileTrees.deleteQuietly(staging);
            }
        }
    }

    /** A cell as problems name it, "ô/cell B2". */
    private static String cell(String ref) {
        Bilingual word = Bilingual.of("rules.author.cell");
        return word.vi() + "/" + word.en() + " " + ref;
    }

    private static List<String> validate(String folder, String tableName, byte[] table, Map<String, byte[]> cases) {
        List<String> problems = new ArrayList<>();
        if (folder == null || !FOLDER.matcher(folder).matches() || folder.contains("..")) {
            problems.add(Bilingual.of("rules.author.invalidFolder", String.valueOf(folder)).both());
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            problems.add(Bilingual.of("rules.author.tableType", String.valueOf(tableName)).both());
        }
        for (String name : cases.keySet()) {
            if (!CASE_NAME.matcher(name).matches()) {
                problems.add(Bilingual.of("rules.author.invalidCaseName").both() + ": " + name);
            }
        }
        return problems;
    }

    private static void write(Path folder, String tableName, byte[] table, Map<String, byte[]> cases) throws IOException {
        Files.createDirectories(folder);
        atomicWrite(folder.resolve(tableName), table);
        if (!cases.isEmpty()) {
            Files.createDirectories(folder.resolve("cases"));
            for (var c : cases.entrySet()) {
                atomicWrite(folder.resolve("cases").resolve(c.getKey()), c.getValue());
            }
        }
    }

    /** The watcher must never see half a file: write beside it, then move it into place. */
    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
