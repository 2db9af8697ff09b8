package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the rule files of one year: {@code rules/common/**} (all years) and
 * {@code rules/<year>/**}. DRL anywhere; decision tables (CSV, XLSX, XLS) in sub-folders; the
 * catalogue files at the year's root and {@code cases/} folders are not rules.
 */
public final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern RULE_VALUES_AT = Pattern.compile("//\\s*rule values at (\\S+)");

    private final Path rulesRoot;
    /** Appended to versions ("2023@…+built-in") so a report says which source its rules came from; null for none. */
    private final String sourceLabel;
    private final CompiledRules compiled;

    public RuleCompiler(Path rulesRoot) {
        this(rulesRoot, null);
    }

    public RuleCompiler(Path rulesRoot, String sourceLabel) {
        this(rulesRoot, sourceLabel, null);
    }

    /** @param compiled where compiled rules are kept between runs; null to compile on every start */
    RuleCompiler(Path rulesRoot, String sourceLabel, CompiledRules compiled) {
        this.rulesRoot = rulesRoot;
        this.sourceLabel = sourceLabel;
        this.compiled = compiled;
    }

    /** Where compiled rules are kept between runs, or null. */
    CompiledRules compiled() {
        return compiled;
    }

    /** The version of these sources, labelled with where the rules came from. */
    String labelledVersion(int year, List<Source> sources) {
        return labelled(version(year, sources));
    }

    /** A version with the label of where the rules came from. */
    String labelled(String version) {
        return sourceLabel == null ? version : version + "+" + sourceLabel;
    }

    public Path rulesRoot() {
        return rulesRoot;
    }

    /** Where the components' rules live once, each table saying the years it applies to. */
    public static final String COMPONENTS = "components";

    /**
     * The rule files of a year, in a stable order (relative to the rules folder): the developers' DRL
     * in {@code common/}, the year's own folder, and the tables under {@code components/} whose years
     * include it (a table that cannot be read is kept, so its problem is reported).
     */
    public List<Path> ruleFiles(int year) {
        List<Path> files = new ArrayList<>();
        collect(rulesRoot.resolve("common"), files, false);
        collect(rulesRoot.resolve(String.valueOf(year)), files, true);
        List<Path> shared = new ArrayList<>();
        collect(rulesRoot.resolve(COMPONENTS), shared, false);
        for (Path p : shared) {
            String rel = rulesRoot.relativize(p).toString().replace('\\', '/');
            if (rel.toLowerCase(Locale.ROOT).endsWith(".drl")) {
                files.add(p);
                continue;
            }
            RuleTable.Read table = RuleTable.read(rel, read(p));
            if (!table.ok() || table.years().contains(year)) {
                files.add(p);
            }
        }
        files.sort(Comparator.comparing(p -> rulesRoot.relativize(p).toString().replace('\\', '/')));
        return files;
    }

    /** The years the tables of a component folder (under {@code components/}) apply to. */
    public java.util.Set<Integer> yearsOf(Path componentFolder) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        if (!Files.isDirectory(componentFolder)) {
            return years;
        }
        try (Stream<Path> list = Files.list(componentFolder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
                    years.addAll(RuleTable.years(rulesRoot.relativize(p).toString().replace('\\', '/'), read(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return years;
    }

    private void collect(Path dir, List<Path> into, boolean yearRoot) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(p -> isRuleFile(dir, p, yearRoot)).forEach(into::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRuleFile(Path base, Path file, boolean yearRoot) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        Path rel = base.relativize(file);
        for (Path part : rel) {
            if (part.toString().equals("cases")) {
                return false;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return true;
        }
        boolean table = lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls");
        // Files at the year's root are the catalogue, not decision tables.
        return table && !(yearRoot && rel.getNameCount() == 1);
    }

    /** Compiles the year, or throws {@link RuleCompilationException} naming every problem's file and place. */
    public RuleBase compile(int year) {
        RuleBuild build = RuleBuild.full(this, year);
        build.release();
        return build.base();
    }

    /**
     * One rule file made ready for Drools: a DRL as it is, a decision table converted to DRL.
     *
     * @param rel     the path under the rules folder, as problems name it
     * @param kfsPath where it sits in the Drools file system: stable for a path, so it can be replaced
     * @param hash    SHA-256 of the path and the bytes
     * @param drl     the DRL, or null when the file was refused ({@code problems} say why)
     */
    record Source(String rel, String kfsPath, String hash, String drl, boolean generated, List<RuleProblem> problems) {

        /** Declared types and functions are shared across files: a change to them needs a whole build. */
        boolean sharesDefinitions() {
            return drl != null && DEFINITIONS.matcher(drl).find();
        }
    }

    private static final Pattern DEFINITIONS = Pattern.compile("(?m)^\\s*(declare|function|query|global)\\b");

    /** A {placeholder} in a table's cell must name a role of conventions/bodies.csv or a list of lists.csv. */
    private List<RuleProblem> unknownPlaceholders(String rel, RuleTable.Read table) {
        boolean any = table.rows().stream().anyMatch(r -> r.values().stream().anyMatch(v -> v != null && v.contains("{")));
        if (!any) {
            return List.of();
        }
        Conventions conventions;
        try {
            conventions = ConventionsLoader.load(rulesRoot);
        } catch (RuleCompilationException e) {
            return List.of(); // the conventions' own problems are reported where they are loaded
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (String v : table.rows().get(r).values()) {
                for (String name : conventions.unknownPlaceholders(v)) {
                    problems.add(new RuleProblem(rel, r + 4, null, Bilingual.of("rules.compile.unknownPlaceholder", name).both(), true));
                }
            }
        }
        return problems;
    }

    /** Reads every rule file of the year, converting decision tables (problems are in each source). */
    List<Source> sources(int year) {
        List<Source> sources = new ArrayList<>();
        for (Path file : ruleFiles(year)) {
            String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
            byte[] bytes = read(file);
            MessageDigest digest = sha256();
            digest.update(rel.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            String hash = HexFormat.of().formatHex(digest.digest());
            String lower = rel.toLowerCase(Locale.ROOT);
            // Named for the path alone, so a changed file replaces its earlier version.
            String kfsPath = "src/main/resources/rules/kiemchung/"
                    + HexFormat.of().formatHex(sha256().digest(rel.getBytes(StandardCharsets.UTF_8))).substring(0, 8) + "_"
                    + rel.replace("/", "__").replaceAll("[^A-Za-z0-9._-]", "_") + (lower.endsWith(".drl") ? "" : ".drl");
            if (lower.endsWith(".drl")) {
                RuleProblem problem = rel.startsWith(COMPONENTS + "/") ? new RuleProblem(rel, 0, null,
                        Bilingual.of("rules.compile.drlInExpertsFolder").both(), true)
                        : null;
                sources.add(new Source(rel, kfsPath, hash, problem == null ? new String(bytes, StandardCharsets.UTF_8) : null,
                        false, problem == null ? List.of() : List.of(problem)));
                continue;
            }
            RuleTable.Read table = RuleTable.read(rel, bytes);
            List<RuleProblem> problems = new ArrayList<>(table.problems());
            problems.addAll(unknownPlaceholders(rel, table));
            if (table.ok() && !rel.startsWith(COMPONENTS + "/") && !table.years().equals(java.util.Set.of(year))) {
                problems.add(new RuleProblem(rel, 0, "B2", Bilingual.of("rules.compile.yearFolderTable", String.valueOf(year)).both(), true));
            }
            sources.add(problems.isEmpty() ? new Source(rel, kfsPath, hash, RuleTable.drl(rel, table), true, List.of())
                    : new Source(rel, kfsPath, hash, null, true, List.copyOf(problems)));
        }
        return sources;
    }

    /** "2023@" and the first 12 hex digits of the SHA-256 over every file's path and bytes. */
    static String version(int year, List<Source> sources) {
        MessageDigest digest = sha256();
        sources.forEach(s -> digest.update(s.hash().getBytes(StandardCharsets.UTF_8)));
        return year + "@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** Drools' messages as problems naming the rule file and line, or the cell of a decision table. */
    static List<RuleProblem> problems(List<Message> messages, Map<String, Source> byKfsPath) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : messages) {
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            String kfsPath = m.getPath() == null ? "" : m.getPath();
            Source source = byKfsPath.getOrDefault(kfsPath, byKfsPath.get("src/main/resources/" + kfsPath));
            String rel = source == null ? kfsPath : source.rel();
            String cell = source != null && source.generated() ? cellFor(source.drl(), m.getLine()) : null;
            problems.add(new RuleProblem(rel, cell == null ? m.getLine() : 0, cell, m.getText().strip(),
                    m.getLevel() == Message.Level.ERROR));
        }
        return problems;
    }

    /** The names of every rule in a knowledge base, sorted. */
    static List<String> ruleNames(KieBase kieBase) {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    static ReleaseId nextRelease(KieServices ks, int year) {
        return ks.newReleaseId("vn.kiemchung", "rules-" + year, "1.0." + BUILDS.incrementAndGet());
    }

    /** The spreadsheet cell of the rule row nearest above a line of the generated DRL. */
    static String cellFor(String drl, int line) {
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = RULE_VALUES_AT.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
