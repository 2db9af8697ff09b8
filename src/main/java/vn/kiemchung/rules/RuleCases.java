package vn.kiemchung.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.extraction.Figure;

/**
 * Finds, reads and runs the experts' rule cases ({@code cases/*.yaml} anywhere under the rules
 * folder). A case that cannot be read fails with its file and line, like a rule that does not compile.
 */
public final class RuleCases {

    private final Path rulesRoot;
    private final IntFunction<Catalogue> catalogues;

    public RuleCases(Path rulesRoot, IntFunction<Catalogue> catalogues) {
        this.rulesRoot = rulesRoot;
        this.catalogues = catalogues;
    }

    /** Case files for a year (its own folder and common/), or all years when {@code year} is null. */
    public List<Path> caseFiles(Integer year) {
        List<Path> files = new ArrayList<>();
        List<Path> roots = year == null ? List.of(rulesRoot) : List.of(rulesRoot.resolve("common"), rulesRoot.resolve(String.valueOf(year)));
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getParent().getFileName().toString().equals("cases"))
                        .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public RuleCase read(Path file) {
        String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
        Map<String, Object> map;
        try (InputStream in = Files.newInputStream(file)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?>)) {
                throw new RuleCaseException(rel, 1, "a case is a YAML mapping with name, given and expect");
            }
            @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) loaded;
            map = m;
        } catch (MarkedYAMLException e) {
            throw new RuleCaseException(rel, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, e.getProblem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return parse(rel, map);
        } catch (RuntimeException e) {
            if (e instanceof RuleCaseException rce) {
                throw rce;
            }
            throw new RuleCaseException(rel, 0, e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private RuleCase parse(String rel, Map<String, Object> map) {
        String name = str(map.getOrDefault("name", rel));
        Map<String, Object> given = (Map<String, Object>) map.getOrDefault("given", Map.of());
        Map<String, Object> dossier = (Map<String, Object>) given.getOrDefault("dossier", Map.of());
        int year = Integer.parseInt(str(dossier.getOrDefault("year", yearOf(rel))));
        String province = str(dossier.getOrDefault("province", "Tỉnh Bạc Liêu"));
        Catalogue catalogue = catalogues.apply(year);
        if (catalogue == null) {
            throw new RuleCaseException(rel, 0, "no indicator set for year " + year);
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new DossierFact(province, year));
        Set<String> scope = new LinkedHashSet<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) given.getOrDefault("documents", List.of())) {
            DocumentFact fact = document(d);
            facts.add(fact);
            scope.add(fact.getIndicatorCode());
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) given.getOrDefault("claims", List.of())) {
            facts.add(new ClaimFact(str(c.get("code")), Double.parseDouble(str(c.get("value"))), str(c.get("unit")), str(c.get("note"))));
            scope.add(str(c.get("code")));
        }
        for (Object code : (List<Object>) given.getOrDefault("indicators", List.of())) {
            scope.add(str(code));
        }
        // Only the components in the case take part, so other components' missing evidence stays out of it.
        catalogue.indicators().stream().filter(i -> scope.contains(i.code())).forEach(i -> facts.add(IndicatorFact.of(i)));
        Map<String, Object> expect = (Map<String, Object>) map.getOrDefault("expect", Map.of());
        List<RuleCase.Expected> expected = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) expect.getOrDefault("findings", List.of())) {
            expected.add(new RuleCase.Expected(str(f.get("code")), str(f.get("document")), str(f.get("indicator")), str(f.get("severity"))));
        }
        List<String> absent = ((List<Object>) expect.getOrDefault("absent", List.of())).stream().map(RuleCases::str).toList();
        List<RuleCase.ExpectedGrade> grades = new ArrayList<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) expect.getOrDefault("grades", List.of())) {
            grades.add(new RuleCase.ExpectedGrade(str(g.get("document")), Double.parseDouble(str(g.get("fraction")))));
        }
        if (expected.isEmpty() && absent.isEmpty() && grades.isEmpty()) {
            throw new RuleCaseException(rel, 0, "the case expects nothing: add expect.findings, expect.absent or expect.grades");
        }
        return new RuleCase(rel, name, year, province, facts, List.copyOf(scope), expected, absent, grades);
    }

    @SuppressWarnings("unchecked")
    private static DocumentFact document(Map<String, Object> d) {
        String path = str(d.get("path"));
        String indicator = str(d.getOrDefault("indicator", path == null || !path.contains("/") ? "" : path.substring(0, path.indexOf('/'))));
        List<Figure> figures = new ArrayList<>();
        for (Object f : (List<Object>) d.getOrDefault("figures", List.of())) {
            String s = str(f).strip();
            boolean percent = s.endsWith("%");
            figures.add(new Figure(new java.math.BigDecimal(s.replace("%", "").replace(',', '.').strip()), percent,
                    percent ? "%" : null, s, 1, 1));
        }
        Object issued = d.get("issuedOn");
        LocalDate issuedOn = issued == null ? null : issued instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(str(issued));
        return new DocumentFact(path, indicator, str(d.getOrDefault("sha256", "sha-" + path)), str(d.getOrDefault("outcome", "OK")),
                str(d.get("reason")), str(d.getOrDefault("mediaType", "application/pdf")), str(d.get("docType")),
                str(d.get("number")), str(d.get("issuer")), str(d.get("parentIssuer")), str(d.get("province")),
                str(d.get("place")), issuedOn, Boolean.parseBoolean(str(d.getOrDefault("dateUnfilled", "false"))),
                str(d.get("subject")), str(d.get("signerAuthority")), str(d.get("signerPosition")), str(d.get("signerName")),
                Integer.parseInt(str(d.getOrDefault("digitalSignatures", "0"))), str(d.get("copyForm")),
                Boolean.parseBoolean(str(d.getOrDefault("ocr", "false"))),
                Double.parseDouble(str(d.getOrDefault("textQuality", "1.0"))), str(d.get("legacyEncoding")),
                Integer.parseInt(str(d.getOrDefault("pages", "1"))), figures, str(d.getOrDefault("text", "")));
    }

    /** Runs a case on a rule base, recording which rules fired. */
    public static RuleCase.Result run(RuleBase base, RuleCase c) {
        KieSession session = base.kieBase().newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            c.facts().forEach(session::insert);
            session.fireAllRules(100_000);
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
                findings.add((Finding) o);
            }
            List<Grade> grades = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Grade.class))) {
                grades.add((Grade) o);
            }
            return new RuleCase.Result(c, failures(c, findings, grades), List.copyOf(new LinkedHashSet<>(fired)));
        } finally {
            session.dispose();
        }
    }

    private static List<String> failures(RuleCase c, Collection<Finding> findings, List<Grade> grades) {
        List<String> failures = new ArrayList<>();
        for (RuleCase.Expected e : c.expected()) {
            if (findings.stream().noneMatch(e::matches)) {
                failures.add("expected " + e + " but got " + findings.stream().map(Finding::getCode).sorted().toList());
            }
        }
        for (String code : c.absent()) {
            findings.stream().filter(f -> f.getCode().equals(code))
                    .filter(f -> f.getIndicatorCode() == null || c.scope().isEmpty() || c.scope().contains(f.getIndicatorCode()))
                    .findFirst()
                    .ifPresent(f -> failures.add("did not expect " + code + " (raised by \"" + f.getRule() + "\")"));
        }
        for (RuleCase.ExpectedGrade g : c.grades()) {
            double actual = grades.stream().filter(x -> x.getDocument().equals(g.document())).mapToDouble(Grade::getFraction)
                    .min().orElse(1.0);
            if (Math.abs(actual - g.fraction()) > 1e-9) {
                failures.add("expected grade " + g.fraction() + " for " + g.document() + " but got " + actual);
            }
        }
        return failures;
    }

    private static String yearOf(String rel) {
        String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
        return first.matches("\\d{4}") ? first : "2023";
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
