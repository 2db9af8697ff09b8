package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule is written once: no two year folders hold the same rule or case (a component's rules go in
 * rules/components with the years they apply to), and no expert folder holds code.
 */
class RulesWrittenOnceTest {

    private static final Path RULES = Path.of("rules");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * Files in the sub-folders of two or more year folders with the same content once the year's number
     * is set aside. The files at a year's root are its catalogue, which each year holds.
     */
    static List<String> copiesAcrossYears(Path root) throws IOException {
        Map<String, List<String>> byContent = new TreeMap<>();
        try (Stream<Path> years = Files.list(root)) {
            for (Path year : years.filter(Files::isDirectory).filter(d -> YEAR.matcher(d.getFileName().toString()).matches()).toList()) {
                try (Stream<Path> walk = Files.walk(year)) {
                    for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(year)).toList()) {
                        // The same case text may hold for two years only if it is written once, in components/.
                        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                                .replace(year.getFileName().toString(), "YEAR");
                        byContent.computeIfAbsent(sha256(content), k -> new ArrayList<>()).add(root.relativize(f).toString().replace('\\', '/'));
                    }
                }
            }
        }
        List<String> copies = new ArrayList<>();
        byContent.values().stream().filter(files -> files.stream().map(f -> f.substring(0, 4)).distinct().count() > 1)
                .forEach(files -> copies.add(String.join(" = ", files.stream().sorted().toList())));
        return copies;
    }

    @Test
    void noTwoYearFoldersHoldTheSameFile() throws IOException {
        assertThat(copiesAcrossYears(RULES)).as("files copied from one year to another; write them once in rules/components"
                + " with the years they apply to").isEmpty();
    }

    @Test
    void theCheckFindsACopiedTableAndACaseThatDiffersOnlyInItsYear(@TempDir Path root) throws IOException {
        write(root, "2022/1/1.1-x/t.csv", "Loại bảng / table kind,committee-head\n");
        write(root, "2023/1/1.1-x/t.csv", "Loại bảng / table kind,committee-head\n");
        write(root, "2022/1/1.1-x/cases/c.yaml", "given:\n  dossier: { year: 2022 }\n");
        write(root, "2023/1/1.1-x/cases/c.yaml", "given:\n  dossier: { year: 2023 }\n");
        write(root, "2023/1/1.1-x/cases/own.yaml", "given:\n  dossier: { year: 2023, province: Hậu Giang }\n");
        write(root, "2022/catalogue.csv", "code\n1.1\n");
        write(root, "2023/catalogue.csv", "code\n1.1\n");
        assertThat(copiesAcrossYears(root)).containsExactlyInAnyOrder(
                "2022/1/1.1-x/t.csv = 2023/1/1.1-x/t.csv", "2022/1/1.1-x/cases/c.yaml = 2023/1/1.1-x/cases/c.yaml");
    }

    @Test
    void theExpertsFoldersHoldNoCodeAndNameNoJavaClass() throws IOException {
        List<String> code = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = RULES.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("common/") && !rel.contains("/cases/")) {
                    continue; // the developers' shared DRL
                }
                String lower = rel.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".drl") || lower.endsWith(".java")) {
                    code.add(rel);
                } else if ((lower.endsWith(".csv") || lower.endsWith(".yaml"))
                        && Files.readString(f, StandardCharsets.UTF_8).contains("vn.kiemchung.")) {
                    code.add(rel + " (names a Java class)");
                }
            }
        }
        assertThat(code).isEmpty();
    }

    @Test
    void everyComponentTableInTheRepositoryReadsWithoutProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RULES.resolve(RuleCompiler.COMPONENTS))) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/cases/")).toList()) {
                String rel = RULES.relativize(f).toString().replace('\\', '/');
                RuleTable.Read read = RuleTable.read(rel, Files.readAllBytes(f));
                read.problems().forEach(p -> problems.add(p.toString()));
                assertThat(read.years()).as(rel).isNotEmpty();
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void write(Path root, String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
