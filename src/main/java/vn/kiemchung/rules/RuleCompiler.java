package vn.kiemchung.rules;

import java.io.ByteArrayInputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the rule files of one year: {@code rules/common/**} (all years) and
 * {@code rules/<year>/**}. DRL anywhere; decision tables (CSV, XLSX, XLS) in sub-folders; the
 * catalogue files at the year's root and {@code cases/} folders are not rules.
 */
public final class RuleCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern RULE_VALUES_AT = Pattern.compile("//\\s*rule values at ([A-Z]+\\d+)");

    private final Path rulesRoot;

    public RuleCompiler(Path rulesRoot) {
        this.rulesRoot = rulesRoot;
    }

    public Path rulesRoot() {
        return rulesRoot;
    }

    /** The rule files of a year, in a stable order (relative to the rules folder). */
    public List<Path> ruleFiles(int year) {
        List<Path> files = new ArrayList<>();
        collect(rulesRoot.resolve("common"), files, false);
        collect(rulesRoot.resolve(String.valueOf(year)), files, true);
        files.sort(Comparator.comparing(p -> rulesRoot.relativize(p).toString().replace('\\', '/')));
        return files;
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
        List<Path> files = ruleFiles(year);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("vn.kiemchung", "rules-" + year, "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> kfsToFile = new LinkedHashMap<>();
        Map<String, String> generatedDrl = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Path file : files) {
            String rel = rulesRoot.relativize(file).toString().replace('\\', '/');
            byte[] bytes = read(file);
            digest.update(rel.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            String lower = rel.toLowerCase(Locale.ROOT);
            String drl;
            if (lower.endsWith(".drl")) {
                drl = new String(bytes, StandardCharsets.UTF_8);
            } else {
                try {
                    drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes),
                            lower.endsWith(".csv") ? InputType.CSV : InputType.XLS);
                    generatedDrl.put(rel, drl);
                } catch (RuntimeException e) {
                    problems.add(new RuleProblem(rel, 0, null, "bảng quyết định không đọc được / decision table unreadable: "
                            + rootMessage(e), true));
                    continue;
                }
            }
            String kfsPath = "src/main/resources/rules/kiemchung/" + kfsToFile.size() + "_" + rel.replace("/", "__").replaceAll("[^A-Za-z0-9._-]", "_") + (lower.endsWith(".drl") ? "" : ".drl");
            kfsToFile.put(kfsPath, rel);
            kfs.write(kfsPath, ks.getResources().newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                    .setResourceType(ResourceType.DRL));
        }
        String version = year + "@" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        if (problems.stream().anyMatch(RuleProblem::error)) {
            throw new RuleCompilationException(year, problems);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            String kfsPath = m.getPath() == null ? "" : m.getPath();
            String rel = kfsToFile.getOrDefault(kfsPath, kfsToFile.getOrDefault("src/main/resources/" + kfsPath, kfsPath));
            String cell = generatedDrl.containsKey(rel) ? cellFor(generatedDrl.get(rel), m.getLine()) : null;
            problems.add(new RuleProblem(rel, cell == null ? m.getLine() : 0, cell, m.getText().strip(),
                    m.getLevel() == Message.Level.ERROR));
        }
        if (problems.stream().anyMatch(RuleProblem::error)) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(year, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        var kieBase = container.getKieBase();
        // The KieBase keeps working without its container's module entry; drop it so reloads do not pile up.
        ks.getRepository().removeKieModule(releaseId);
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        names.sort(null);
        List<String> relFiles = files.stream().map(f -> rulesRoot.relativize(f).toString().replace('\\', '/')).toList();
        return new RuleBase(year, version, kieBase, List.copyOf(names), relFiles,
                problems.stream().filter(p -> !p.error()).toList());
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
