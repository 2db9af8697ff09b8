package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Catalogues;
import vn.kiemchung.extraction.Figure;

/**
 * Finds, reads and runs the experts' rule cases ({@code cases/*.yaml} anywhere under the rules
 * folder). A case that cannot be read fails with its file and line, like a rule that does not compile.
 */
public final class RuleCases {

    private static final Set<String> CASE_KEYS = Set.of("name", "description", "years", "rules", "given", "expect");
    private static final Set<String> GIVEN_KEYS = Set.of("dossier", "documents", "claims", "indicators");
    private static final Set<String> DOSSIER_KEYS = Set.of("province", "year");
    private static final Set<String> DOCUMENT_KEYS = Set.of("path", "indicator", "sha256", "outcome", "reason",
            "mediaType", "docType", "number", "issuer", "parentIssuer", "province", "place", "issuedOn", "dateUnfilled",
            "subject", "signerAuthority", "signerPosition", "signerName", "digitalSignatures", "copyForm", "ocr",
            "textQuality", "legacyEncoding", "pages", "figures", "text");
    private static final Set<String> CLAIM_KEYS = Set.of("code", "value", "unit", "note");
    private static final Set<String> EXPECT_KEYS = Set.of("findings", "absent", "grades");
    private static final Set<String> FINDING_KEYS = Set.of("code", "document", "indicator", "severity");
    private static final Set<String> GRADE_KEYS = Set.of("document", "fraction");
    private static final Set<String> OUTCOMES = Set.of("OK", "UNREADABLE", "ENCRYPTED", "NO_TEXT");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

    private final Path rulesRoot;
    private final IntFunction<Catalogue> catalogues;

    public RuleCases(Path rulesRoot, IntFunction<Catalogue> catalogues) {
        this.rulesRoot = rulesRoot;
        this.catalogues = catalogues;
    }

    /**
     * Case files for a year, or every case file when {@code year} is null: the shared cases
     * ({@code common/cases}), the year's own folder, and the component folders under
     * {@code components/} whose tables apply to the year.
     */
    public List<Path> caseFiles(Integer year) {
        List<Path> files = new ArrayList<>();
        for (Path file : allCaseFiles()) {
            if (year == null || yearsFor(file).contains(year)) {
                files.add(file);
            }
        }
        return files;
    }

    private List<Path> allCaseFiles() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(rulesRoot)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(rulesRoot)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().equals("cases"))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The assessment years a case file runs for: its year folder's year; the years its component's
     * tables apply to (under {@code components/}); every year with a catalogue for the shared cases.
     * A case that names its year in {@code given.dossier.year} runs for that year only.
     */
    public List<Integer> yearsFor(Path file) {
        String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
        String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
        List<Integer> withCatalogue = Catalogues.yearsIn(rulesRoot);
        List<Integer> years;
        if (first.matches("\\d{4}")) {
            years = List.of(Integer.parseInt(first));
        } else if (first.equals(RuleCompiler.COMPONENTS)) {
            Set<Integer> ofTables = new RuleCompiler(rulesRoot).yearsOf(file.getParent().getParent());
            years = withCatalogue.stream().filter(ofTables::contains).toList();
        } else {
            years = withCatalogue;
        }
        Object doc = header(file);
        if (doc instanceof Map<?, ?> m && m.get("given") instanceof Map<?, ?> g && g.get("dossier") instanceof Map<?, ?> d
                && d.get("year") != null && String.valueOf(d.get("year")).strip().matches("\\d{4}")) {
            return List.of(Integer.valueOf(String.valueOf(d.get("year")).strip()));
        }
        if (doc instanceof Map<?, ?> m && m.get("years") != null) {
            Set<Integer> only = yearsIn(String.valueOf(m.get("years")));
            return years.stream().filter(only::contains).toList();
        }
        return years;
    }

    /** "2022-2023", "2023" or "2022;2024" as years (none when it cannot be read). */
    private static Set<Integer> yearsIn(String text) {
        Set<Integer> years = new java.util.TreeSet<>();
        for (String part : text.split("[;,]")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?").matcher(part.strip());
            if (m.matches()) {
                int to = m.group(2) == null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2));
                for (int y = Integer.parseInt(m.group(1)); y <= to && y - Integer.parseInt(m.group(1)) <= 20; y++) {
                    years.add(y);
                }
            }
        }
        return years;
    }

    /** The case file as plain YAML, or null when it cannot be read (read() then reports it with its line). */
    private static Object header(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads a case for the first year it runs for (see {@link #read(Path, int)}). */
    public RuleCase read(Path file) {
        List<Integer> years = yearsFor(file);
        String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
        return read(file, years.isEmpty() ? yearOf(rel) : years.get(0));
    }

    /**
     * Reads a case for an assessment year: dates written {@code Y-03-11} are that year's 11 March
     * ({@code Y-1-09-26} the year before, {@code Y+1-01-15} the year after), and {@code {Y}},
     * {@code {Y-1}}, {@code {Y+1}} in any value are the year's number. A problem is reported as a
     * {@link RuleCaseException} naming the file and line.
     */
    public RuleCase read(Path file, int assessmentYear) {
        String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
        } catch (MarkedYAMLException e) {
            throw new RuleCaseException(rel, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    Bilingual.of("rules.case.invalidYaml", String.valueOf(e.getProblem())));
        } catch (YAMLException e) {
            throw new RuleCaseException(rel, 0, Bilingual.of("rules.case.invalidYaml", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null) {
            throw new RuleCaseException(rel, 1, Bilingual.of("rules.case.empty"));
        }
        return new Parser(rel, assessmentYear).parse(Y.of(root));
    }

    private static final java.util.regex.Pattern RELATIVE_DATE = java.util.regex.Pattern.compile("Y(?:([+-])(\\d{1,2}))?-(\\d{2}-\\d{2})");
    private static final java.util.regex.Pattern YEAR_TOKEN = java.util.regex.Pattern.compile("\\{Y(?:([+-])(\\d{1,2}))?}");

    /** A YAML value with the line it starts on: a String (or null), a Map of Y, or a List of Y. */
    private record Y(int line, Object value) {
        static Y of(Node node) {
            int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
            if (node instanceof MappingNode m) {
                Map<String, Y> map = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    Y key = of(t.getKeyNode());
                    map.put(String.valueOf(key.value()), of(t.getValueNode()));
                    keyLines.put(String.valueOf(key.value()), key.line());
                }
                return new Y(line, new Mapping(map, keyLines));
            }
            if (node instanceof SequenceNode s) {
                return new Y(line, s.getValue().stream().map(Y::of).toList());
            }
            ScalarNode scalar = (ScalarNode) node;
            String v = scalar.getValue();
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            return new Y(line, plain && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) ? null : v);
        }
    }

    private record Mapping(Map<String, Y> entries, Map<String, Integer> keyLines) {
    }

    /** Turns the YAML tree into a case, naming the line of the first thing it cannot understand. */
    private final class Parser {
        private final String rel;
        private final int assessmentYear;

        Parser(String rel, int assessmentYear) {
            this.rel = rel;
            this.assessmentYear = assessmentYear;
        }

        private int shifted(String sign, String by) {
            return sign == null ? assessmentYear : assessmentYear + ("+".equals(sign) ? 1 : -1) * Integer.parseInt(by);
        }

        RuleCase parse(Y root) {
            Mapping map = mapping(root, Bilingual.of("rules.case.what.case"), CASE_KEYS);
            String name = text(map, "name", rel);
            Mapping given = optionalMapping(map, "given", GIVEN_KEYS);
            Mapping dossier = given == null ? null : optionalMapping(given, "dossier", DOSSIER_KEYS);
            int year = dossier == null || !dossier.entries().containsKey("year") ? assessmentYear
                    : integer(dossier.entries().get("year"), "year");
            String province = dossier == null ? "Tỉnh Bạc Liêu" : text(dossier, "province", "Tỉnh Bạc Liêu");
            Catalogue catalogue = catalogues.apply(year);
            if (catalogue == null) {
                throw fail(dossier == null ? root : dossier.entries().getOrDefault("year", root), Bilingual.of("rules.case.noIndicatorSetYear", String.valueOf(year)));
            }
            List<Object> facts = new ArrayList<>();
            facts.add(new DossierFact(province, year));
            Set<String> scope = new LinkedHashSet<>();
            for (Y d : list(given, "documents")) {
                DocumentFact fact = document(d);
                facts.add(fact);
                scope.add(fact.getIndicatorCode());
            }
            for (Y c : list(given, "claims")) {
                Mapping m = mapping(c, Bilingual.of("rules.case.what.claim"), CLAIM_KEYS);
                String code = required(m, c, "code");
                Y value = m.entries().get("value");
                if (value == null) {
                    throw fail(c, Bilingual.of("rules.case.missingValue"));
                }
                facts.add(new ClaimFact(code, decimal(value, "value"), text(m, "unit", null), text(m, "note", null)));
                scope.add(code);
            }
            for (Y code : list(given, "indicators")) {
                String c = scalar(code, "indicators");
                if (catalogue.find(c).isEmpty()) {
                    throw fail(code, Bilingual.of("rules.case.noComponentIndicatorSet", String.valueOf(c), String.valueOf(year)));
                }
                scope.add(c);
            }
            // Only the components in the case take part, so other components' missing evidence stays out of it.
            catalogue.indicators().stream().filter(i -> scope.contains(i.code())).forEach(i -> facts.add(IndicatorFact.of(i)));
            Mapping expect = optionalMapping(map, "expect", EXPECT_KEYS);
            List<RuleCase.Expected> expected = new ArrayList<>();
            for (Y f : list(expect, "findings")) {
                Mapping m = mapping(f, Bilingual.of("rules.case.what.finding"), FINDING_KEYS);
                String severity = text(m, "severity", null);
                if (severity != null && !SEVERITIES.contains(severity)) {
                    throw fail(m.entries().get("severity"), Bilingual.of("rules.case.unknownSeverity", String.valueOf(severity)));
                }
                expected.add(new RuleCase.Expected(required(m, f, "code"), text(m, "document", null),
                        text(m, "indicator", null), severity));
            }
            List<String> absent = list(expect, "absent").stream().map(y -> scalar(y, "absent")).toList();
            List<RuleCase.ExpectedGrade> grades = new ArrayList<>();
            for (Y g : list(expect, "grades")) {
                Mapping m = mapping(g, Bilingual.of("rules.case.what.grade"), GRADE_KEYS);
                Y fraction = m.entries().get("fraction");
                if (fraction == null) {
                    throw fail(g, Bilingual.of("rules.case.missingFraction"));
                }
                grades.add(new RuleCase.ExpectedGrade(required(m, g, "document"), decimal(fraction, "fraction")));
            }
            if (expected.isEmpty() && absent.isEmpty() && grades.isEmpty()) {
                throw fail(expect == null ? root : map.entries().get("expect"), Bilingual.of("rules.case.caseExpectsNothingAdd"));
            }
            List<String> rules = list(map, "rules").stream().map(y -> scalar(y, "rules")).toList();
            return new RuleCase(rel, name, year, province, facts, List.copyOf(scope), expected, absent, grades, rules);
        }

        private DocumentFact document(Y y) {
            Mapping d = mapping(y, Bilingual.of("rules.case.what.document"), DOCUMENT_KEYS);
            String path = required(d, y, "path");
            String indicator = text(d, "indicator", path.contains("/") ? path.substring(0, path.indexOf('/')) : "");
            List<Figure> figures = new ArrayList<>();
            for (Y f : list(d, "figures")) {
                String s = scalar(f, "figures").strip();
                boolean percent = s.endsWith("%");
                BigDecimal value;
                try {
                    value = new BigDecimal(s.replace("%", "").replace(',', '.').strip());
                } catch (NumberFormatException e) {
                    throw fail(f, Bilingual.of("rules.case.notANumber", s));
                }
                figures.add(new Figure(value, percent, percent ? "%" : null, s, 1, 1));
            }
            String outcome = text(d, "outcome", "OK");
            if (!OUTCOMES.contains(outcome)) {
                throw fail(d.entries().get("outcome"), Bilingual.of("rules.case.unknownOutcome", outcome, OUTCOMES.toString()));
            }
            LocalDate issuedOn = null;
            Y issued = d.entries().get("issuedOn");
            if (issued != null && issued.value() != null) {
                try {
                    String written = scalar(issued, "issuedOn").strip();
                    java.util.regex.Matcher relative = RELATIVE_DATE.matcher(written);
                    issuedOn = relative.matches()
                            ? LocalDate.parse(shifted(relative.group(1), relative.group(2)) + "-" + relative.group(3))
                            : LocalDate.parse(written);
                } catch (DateTimeParseException e) {
                    throw fail(issued, Bilingual.of("rules.case.dateShape", String.valueOf(issued.value())));
                }
            }
            return new DocumentFact(path, indicator, text(d, "sha256", "sha-" + path), outcome,
                    text(d, "reason", null), text(d, "mediaType", "application/pdf"), text(d, "docType", null),
                    text(d, "number", null), text(d, "issuer", null), text(d, "parentIssuer", null),
                    text(d, "province", null), text(d, "place", null), issuedOn, bool(d, "dateUnfilled"),
                    text(d, "subject", null), text(d, "signerAuthority", null), text(d, "signerPosition", null),
                    text(d, "signerName", null), d.entries().containsKey("digitalSignatures")
                            ? integer(d.entries().get("digitalSignatures"), "digitalSignatures") : 0,
                    text(d, "copyForm", null), bool(d, "ocr"),
                    d.entries().containsKey("textQuality") ? decimal(d.entries().get("textQuality"), "textQuality") : 1.0,
                    text(d, "legacyEncoding", null),
                    d.entries().containsKey("pages") ? integer(d.entries().get("pages"), "pages") : 1,
                    figures, text(d, "text", ""));
        }

        private Mapping mapping(Y y, Bilingual what, Set<String> keys) {
            if (!(y.value() instanceof Mapping m)) {
                throw fail(y, Bilingual.of("rules.case.expectedAsKeyValue", what));
            }
            for (Map.Entry<String, Integer> k : m.keyLines().entrySet()) {
                if (!keys.contains(k.getKey())) {
                    throw new RuleCaseException(rel, k.getValue(), Bilingual.of("rules.case.unknownKey", k.getKey(),
                            keys.stream().sorted().toList().toString()));
                }
            }
            return m;
        }

        private Mapping optionalMapping(Mapping parent, String key, Set<String> keys) {
            Y y = parent.entries().get(key);
            return y == null || y.value() == null ? null : mapping(y, Bilingual.of("rules.case.what.key", key), keys);
        }

        private List<Y> list(Mapping parent, String key) {
            Y y = parent == null ? null : parent.entries().get(key);
            if (y == null || y.value() == null) {
                return List.of();
            }
            if (!(y.value() instanceof List<?> l)) {
                throw fail(y, Bilingual.of("rules.case.notAList", key));
            }
            @SuppressWarnings("unchecked") List<Y> items = (List<Y>) l;
            return items;
        }

        private String scalar(Y y, String key) {
            if (y.value() instanceof Mapping || y.value() instanceof List<?>) {
                throw fail(y, Bilingual.of("rules.case.notSingle", key));
            }
            String v = (String) y.value();
            if (v == null || v.indexOf('{') < 0) {
                return v;
            }
            java.util.regex.Matcher m = YEAR_TOKEN.matcher(v);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, String.valueOf(shifted(m.group(1), m.group(2))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String text(Mapping m, String key, String fallback) {
            Y y = m.entries().get(key);
            if (y == null || y.value() == null) {
                return fallback;
            }
            return scalar(y, key);
        }

        private String required(Mapping m, Y owner, String key) {
            String v = text(m, key, null);
            if (v == null || v.isBlank()) {
                throw fail(owner, Bilingual.of("rules.case.missing", String.valueOf(key)));
            }
            return v;
        }

        private boolean bool(Mapping m, String key) {
            String v = text(m, key, "false");
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw fail(m.entries().get(key), Bilingual.of("rules.case.notAFlag", key));
            }
            return Boolean.parseBoolean(v);
        }

        private int integer(Y y, String key) {
            try {
                return Integer.parseInt(scalar(y, key).strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw fail(y, Bilingual.of("rules.case.notWhole", key));
            }
        }

        private double decimal(Y y, String key) {
            try {
                return Double.parseDouble(scalar(y, key).strip().replace(',', '.'));
            } catch (NumberFormatException | NullPointerException e) {
                throw fail(y, Bilingual.of("rules.case.notNumber", key));
            }
        }

        private RuleCaseException fail(Y at, Bilingual reason) {
            return new RuleCaseException(rel, at == null ? 0 : at.line(), reason);
        }
    }

    /**
     * One case file of a year: its result, or why it could not be read.
     *
     * @param file the file relative to the rules folder
     */
    public record Outcome(String file, RuleCase.Result result, RuleCaseException unreadable) {
        public boolean passed() {
            return result != null && result.passed();
        }
    }

    /** Runs every case of the year on a rule base; a case file that cannot be read is an outcome too. */
    public List<Outcome> runYear(RuleBase base, int year) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : caseFiles(year)) {
            try {
                RuleCase c = read(file, year);
                if (c.year() == year) {
                    outcomes.add(new Outcome(c.file(), run(base, c), null));
                }
            } catch (RuleCaseException e) {
                outcomes.add(new Outcome(rulesRoot.relativize(file).toString().replace('\\', '/'), null, e));
            }
        }
        return outcomes;
    }

    /** Runs a case on a rule base, recording which rules fired and which codes they raised. */
    public static RuleCase.Result run(RuleBase base, RuleCase c) {
        List<String> fired = new ArrayList<>();
        Evaluation evaluation = RuleEvaluator.evaluate(base, c.facts(), fired::add);
        List<RuleCase.Raised> raised = evaluation.findings().stream().map(f -> new RuleCase.Raised(f.getRule(), f.getCode()))
                .distinct().toList();
        return new RuleCase.Result(c, failures(c, evaluation.findings(), evaluation.grades()),
                List.copyOf(new LinkedHashSet<>(fired)), raised);
    }

    private static List<String> failures(RuleCase c, Collection<Finding> findings, List<Grade> grades) {
        List<String> failures = new ArrayList<>();
        for (RuleCase.Expected e : c.expected()) {
            if (findings.stream().noneMatch(e::matches)) {
                failures.add(Bilingual.of("rules.case.failure.expected", String.valueOf(e),
                        findings.stream().map(Finding::getCode).sorted().toList().toString()).both());
            }
        }
        for (String code : c.absent()) {
            findings.stream().filter(f -> f.getCode().equals(code))
                    .filter(f -> f.getIndicatorCode() == null || c.scope().isEmpty() || c.scope().contains(f.getIndicatorCode()))
                    .findFirst()
                    .ifPresent(f -> failures.add(Bilingual.of("rules.case.failure.unexpected", code, String.valueOf(f.getRule())).both()));
        }
        for (RuleCase.ExpectedGrade g : c.grades()) {
            double actual = grades.stream().filter(x -> x.getDocument().equals(g.document())).mapToDouble(Grade::getFraction)
                    .min().orElse(1.0);
            if (Math.abs(actual - g.fraction()) > 1e-9) {
                failures.add(Bilingual.of("rules.case.failure.grade", String.valueOf(g.fraction()), String.valueOf(g.document()),
                        String.valueOf(actual)).both());
            }
        }
        return failures;
    }

    private static int yearOf(String rel) {
        String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
        return first.matches("\\d{4}") ? Integer.parseInt(first) : 2023;
    }
}
