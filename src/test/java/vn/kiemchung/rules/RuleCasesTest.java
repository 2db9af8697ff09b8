package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.cli.KiemchungCli;

/** Every case file under the repository's rules/ folder, one dynamic test each; and the command line agrees. */
class RuleCasesTest {

    private static final Path RULES = Path.of("rules");

    /** The finding codes of contract §5; each needs a case where it is raised and one where it is absent. */
    private static final List<String> CONTRACT_CODES = List.of(
            "EVIDENCE_MISSING", "FILE_UNREADABLE", "FILE_ENCRYPTED", "TEXT_NOT_EXTRACTABLE", "DOC_TYPE_MISMATCH",
            "ISSUER_MISMATCH", "WRONG_PROVINCE", "DATE_OUT_OF_PERIOD", "DATE_MISSING", "NUMBER_MISSING",
            "SIGNATURE_MISSING", "KEYWORD_MISSING", "CLAIM_MISMATCH", "CLAIM_UNSUPPORTED", "SIGNER_MISMATCH",
            "UNKNOWN_INDICATOR", "DUPLICATE_EVIDENCE", "LEGACY_ENCODING");

    private static final Map<Integer, Catalogue> CATALOGUES = new ConcurrentHashMap<>();
    private static final Map<Integer, RuleBase> BASES = new ConcurrentHashMap<>();

    private static RuleCases cases(Path root) {
        return new RuleCases(root, year -> {
            Path dir = root.resolve(String.valueOf(year));
            return Files.isRegularFile(dir.resolve("catalogue.csv")) ? new CatalogueLoader().load(dir) : null;
        });
    }

    private static final RuleCases REPO_CASES = new RuleCases(RULES, year -> CATALOGUES.computeIfAbsent(year,
            y -> new CatalogueLoader().load(RULES.resolve(String.valueOf(y)))));

    private static RuleCase.Result runRepoCase(RuleCase c) {
        return RuleCases.run(BASES.computeIfAbsent(c.year(), y -> new RuleCompiler(RULES).compile(y)), c);
    }

    /** Every case, once for every year it runs for (the years its rules apply to). */
    @TestFactory
    Stream<DynamicTest> everyRuleCasePasses() {
        List<Path> files = REPO_CASES.caseFiles(null);
        assertThat(files).as("case files under rules/").isNotEmpty();
        return files.stream().flatMap(file -> {
            List<Integer> years = REPO_CASES.yearsFor(file);
            if (years.isEmpty()) {
                return Stream.of(DynamicTest.dynamicTest(RULES.relativize(file).toString(),
                        () -> fail(file + " runs for no year: its rules apply to no year that has a catalogue")));
            }
            return years.stream().map(year -> {
                RuleCase c;
                try {
                    c = REPO_CASES.read(file, year);
                } catch (RuleCaseException e) {
                    String message = e.getMessage();
                    return DynamicTest.dynamicTest(year + " " + RULES.relativize(file), () -> fail(message));
                }
                RuleCase ruleCase = c;
                return DynamicTest.dynamicTest(year + " " + c.name() + " (" + c.file() + ")", file.toUri(), () -> {
                    RuleCase.Result r = runRepoCase(ruleCase);
                    if (!r.passed()) {
                        fail(year + " " + ruleCase.file() + ": " + String.join("; ", r.failures()) + " (rules fired: " + r.firedRules() + ")");
                    }
                });
            });
        });
    }

    private static java.util.List<Path> componentCases(int year) {
        return REPO_CASES.caseFiles(year).stream()
                .filter(p -> p.toString().replace('\\', '/').contains("/" + RuleCompiler.COMPONENTS + "/")).toList();
    }

    @Test
    void theSharedComponentRulesAndTheirCasesRunForBothYears() {
        // the component rules are shared; common cases may be about one year's conventions (a merger in 2025)
        assertThat(componentCases(2022)).isNotEmpty().isEqualTo(componentCases(2023));
        assertThat(new RuleCompiler(RULES).compile(2022).ruleNames()).isEqualTo(new RuleCompiler(RULES).compile(2023).ruleNames())
                .contains("1.1 a deputy as head of the steering committee earns half the points",
                        "1.2 the conclusion notice says who chaired the meeting",
                        "7.6 the work-file report is dated in the fourth quarter or later");
    }

    @Test
    void everyContractFindingCodeHasAFailingAndAPassingCase() {
        List<RuleCase> all = REPO_CASES.caseFiles(null).stream().map(REPO_CASES::read).toList();
        for (String code : CONTRACT_CODES) {
            assertThat(all).as("a case that expects " + code)
                    .anyMatch(c -> c.expected().stream().anyMatch(e -> e.code().equals(code)));
            assertThat(all).as("a case where " + code + " is absent").anyMatch(c -> c.absent().contains(code));
        }
    }

    @Test
    void theCommandLineAndTheTestsAgreeOnEveryCaseOf2023() {
        Map<String, Boolean> junit = new TreeMap<>();
        for (Path file : REPO_CASES.caseFiles(2023)) {
            RuleCase c = REPO_CASES.read(file, 2023);
            junit.put(c.file(), runRepoCase(c).passed());
        }
        Cli cli = Cli.run("rules", "test", "2023", "--rules", RULES.toString());
        Map<String, Boolean> command = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^(PASS|FAIL) 2023 (\\S+) — ").matcher(cli.out());
        while (m.find()) {
            command.put(m.group(2), m.group(1).equals("PASS"));
        }
        assertThat(command).isEqualTo(junit);
        assertThat(cli.exit()).isEqualTo(junit.containsValue(false) ? 1 : 0);
        assertThat(cli.out()).contains("rules with no failing case").contains("rules with no passing case")
                .contains("components with no component-specific rule");
    }

    @Test
    void aBrokenCaseNamesItsFileAndLine(@TempDir Path root) throws IOException {
        copyCatalogue(root);
        Path file = write(root, "2023/1/1.1-x/cases/bad-date.yaml", """
                name: a plan with a date that is not a date
                given:
                  dossier: { province: Tỉnh Hậu Giang, year: 2023 }
                  documents:
                    - path: 2.3/ke-hoach.pdf
                      docType: KE_HOACH
                      issuedOn: 20/02/2023
                expect:
                  absent: [DATE_MISSING]
                """);
        assertThatThrownBy(() -> cases(root).read(file)).isInstanceOf(RuleCaseException.class)
                .hasMessageStartingWith("2023/1/1.1-x/cases/bad-date.yaml:7: ").hasMessageContaining("YYYY-MM-DD");

        Path typo = write(root, "2023/1/1.1-x/cases/typo.yaml", """
                name: a misspelt key
                given:
                  documents:
                    - path: 2.3/ke-hoach.pdf
                expect:
                  findngs:
                    - code: KEYWORD_MISSING
                """);
        assertThatThrownBy(() -> cases(root).read(typo)).isInstanceOf(RuleCaseException.class)
                .hasMessageStartingWith("2023/1/1.1-x/cases/typo.yaml:6: ").hasMessageContaining("findngs");

        Path syntax = write(root, "2023/1/1.1-x/cases/syntax.yaml", """
                name: a list item out of line
                given:
                  documents:
                    - path: 2.3/ke-hoach.pdf
                   docType: KE_HOACH
                expect:
                  absent: [DATE_MISSING]
                """);
        assertThatThrownBy(() -> cases(root).read(syntax)).isInstanceOf(RuleCaseException.class)
                .hasMessageMatching("2023/1/1\\.1-x/cases/syntax\\.yaml:[45]: .*");
    }

    @Test
    void theCommandLineExitsTwoNamingTheFileAndLineOfAnUnreadableCase(@TempDir Path root) throws IOException {
        copyCatalogue(root);
        write(root, "2023/1/1.1-x/cases/bad.yaml", "name: x\ngiven:\n  documents:\n    - path: 2.3/a.pdf\n      pages: many\nexpect:\n  absent: [X_Y]\n");
        Cli cli = Cli.run("rules", "test", "2023", "--rules", root.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("2023/1/1.1-x/cases/bad.yaml:5");
    }

    @Test
    void theCommandLineExitsTwoNamingTheFileAndLineOfARuleThatDoesNotCompile(@TempDir Path root) throws IOException {
        copyCatalogue(root);
        write(root, "2023/2/2.3-x/broken.drl", """
                package rules.kiemchung;
                import vn.kiemchung.rules.DocumentFact;
                rule "2.3 broken"
                when
                    $d : DocumentFact( noSuchField == 3 )
                then
                end
                """);
        Cli cli = Cli.run("rules", "test", "2023", "--rules", root.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("2023/2/2.3-x/broken.drl:5");
    }

    @Test
    void theCommandLineExitsOneWhenACaseFailsAndSaysWhy(@TempDir Path root) throws IOException {
        copyCatalogue(root);
        Files.createDirectories(root.resolve("common"));
        Files.copy(RULES.resolve("common/documents.drl"), root.resolve("common/documents.drl"));
        write(root, "common/cases/wrong-expectation.yaml", """
                name: a readable plan is wrongly expected to be unreadable
                given:
                  dossier: { year: 2023 }
                  documents:
                    - { path: 2.3/ke-hoach.pdf, docType: KE_HOACH, text: chuyển đổi số }
                expect:
                  findings:
                    - code: FILE_UNREADABLE
                """);
        Cli cli = Cli.run("rules", "test", "2023", "--rules", root.toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("FAIL 2023 common/cases/wrong-expectation.yaml").contains("expected FILE_UNREADABLE");
    }

    @Test
    void theCommittedConclusionNoticeTableIsWhatItsGeneratorWrites() throws IOException {
        List<List<String>> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(RULES.resolve(ConclusionNoticeTable.FILE));
             Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : cell.getStringCellValue());
                    }
                }
                cells.add(values);
            }
        }
        assertThat(cells).isEqualTo(ConclusionNoticeTable.ROWS.stream().map(RuleCasesTest::withoutTrailingEmptyCells).toList());
    }

    private static List<String> withoutTrailingEmptyCells(List<String> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isEmpty()) {
            end--;
        }
        return row.subList(0, end);
    }

    private static void copyCatalogue(Path root) throws IOException {
        Files.createDirectories(root.resolve("2023"));
        for (String f : List.of("catalogue.csv", "main-indicators.csv")) {
            Files.copy(RULES.resolve("2023").resolve(f), root.resolve("2023").resolve(f));
        }
    }

    private static Path write(Path root, String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private record Cli(int exit, String out, String err) {
        static Cli run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = KiemchungCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
