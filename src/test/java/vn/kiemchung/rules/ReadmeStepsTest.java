package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.cli.KiemchungCli;

/**
 * rules/README.md alone is enough to add a component's rule: this test does what its five steps say,
 * with the example row and the two example cases taken from the README itself, on a copy of the
 * repository's rules, and the command the README names must pass them for every year.
 */
class ReadmeStepsTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path copy;

    /** The fenced block that follows "<!-- readme-test: NAME -->" in rules/README.md, without its indentation. */
    private static String block(String readme, String name) {
        Matcher m = Pattern.compile("<!-- readme-test: " + Pattern.quote(name) + " -->\\s*\\n(\\s*)```\\w*\\n(.*?)\\n\\s*```",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README block " + name).isTrue();
        String indent = m.group(1).replace("\n", "");
        List<String> lines = new ArrayList<>();
        for (String line : m.group(2).split("\n")) {
            lines.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void addingAComponentRuleAsTheReadmeSaysWorksForEveryYear() throws IOException {
        String readme = Files.readString(RULES.resolve("README.md"), StandardCharsets.UTF_8);
        copyRules();

        // 1. Make the folder.
        Path folder = copy.resolve("components/2/2.3-annual-plan-targets");
        Files.createDirectories(folder.resolve("cases"));
        // 2. Copy a table of the same kind, keep rows 1 and 3, write the years in row 2, replace the rule rows.
        List<String> model = Files.readAllLines(copy.resolve("components/7/7.6-work-files-online/7.6-work-files-online.csv"),
                StandardCharsets.UTF_8);
        String table = model.get(0) + "\n" + "Năm áp dụng / years,2022-2023\n" + model.get(2) + "\n" + block(readme, "table-row");
        Files.writeString(folder.resolve("2.3-annual-plan-targets.csv"), table, StandardCharsets.UTF_8);
        // 3. A failing and a passing case beside the table.
        Files.writeString(folder.resolve("cases/plan-without-targets-is-flagged.yaml"), block(readme, "failing-case"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("cases/plan-with-targets-passes.yaml"), block(readme, "passing-case"), StandardCharsets.UTF_8);
        // 4. Run the cases of every year.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KiemchungCli.run(new String[] {"rules", "test", "--rules", copy.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        for (int year : List.of(2022, 2023)) {
            assertThat(printed).contains("PASS " + year + " components/2/2.3-annual-plan-targets/cases/plan-without-targets-is-flagged.yaml")
                    .contains("PASS " + year + " components/2/2.3-annual-plan-targets/cases/plan-with-targets-passes.yaml");
        }
        assertThat(new RuleCompiler(copy).compile(2023).ruleNames()).contains("2.3 the annual plan sets targets for the year");
        // The new rule counts as covered by a failing and a passing case.
        assertThat(printed).doesNotContain("\"2.3 the annual plan sets targets for the year\"");
    }

    @Test
    void aMistypedCellInTheReadmesTableIsReportedWithItsCell() throws IOException {
        String readme = Files.readString(RULES.resolve("README.md"), StandardCharsets.UTF_8);
        String row = block(readme, "table-row").replace(",WARNING,", ",WARN,");
        List<String> model = Files.readAllLines(RULES.resolve("components/7/7.6-work-files-online/7.6-work-files-online.csv"),
                StandardCharsets.UTF_8);
        String rel = "components/2/2.3-annual-plan-targets/2.3-annual-plan-targets.csv";
        RuleTable.Read read = RuleTable.read(rel, (model.get(0) + "\n" + model.get(1) + "\n" + model.get(2) + "\n" + row)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).singleElement().hasToString(rel + " ô/cell I4: «WARN»: giá trị phải là một trong [ERROR, INFO, WARNING] / the value"
                + " must be one of [ERROR, INFO, WARNING]");
    }

    private void copyRules() throws IOException {
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
