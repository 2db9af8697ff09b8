package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTests {

    @TempDir
    Path rules;

    /** A CSV decision table with one rule row, in the layout experts edit (values only). */
    static final String PAGES_TABLE = String.join("\n",
                "Loại bảng / table kind,document-check",
                "Năm áp dụng / years,2023",
                TableKind.DOCUMENT_CHECK.columns().stream().map(c -> c.heading().contains(",") ? "\"" + c.heading() + "\"" : c.heading())
                        .collect(java.util.stream.Collectors.joining(",")),
                "1.1 a plan mentions its targets,1.1,KE_HOACH,,,,chỉ tiêu,,WARNING,NO_TARGETS,Kế hoạch thiếu chỉ tiêu.,The plan sets no targets.,Bổ sung chỉ tiêu.,Add the targets.,",
                "");

    @org.junit.jupiter.api.BeforeEach
    void catalogue() throws IOException {
        write("2023/catalogue.csv", "code,main_code\n1.1,1\n");
    }

    /** Waits up to the two seconds an edit may take to go live, then insists it did. */
    private static void awaitRule(RuleBook book, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!book.forYear(2023).ruleNames().contains(name) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(book.forYear(2023).ruleNames()).contains(name);
    }

    private static final String HEADER = """
            package rules.kiemchung;
            import vn.kiemchung.rules.DocumentFact;
            import vn.kiemchung.rules.Finding;
            """;

    private static final String GOOD = HEADER + """
            rule "9.9 a document must be readable"
            when
                $d : DocumentFact( outcome == "UNREADABLE" )
            then
                insert( Finding.about( kcontext, "ERROR", "FILE_UNREADABLE", $d, "hỏng", "broken" ) );
            end
            """;

    private static final String BROKEN = HEADER + """
            rule "9.9 broken rule"
            when
                $d : DocumentFact( noSuchField == 3 )
            then
            end
            """;

    @Test
    void compilesAYearFromCommonAndYearFoldersWithAContentVersion() throws IOException {
        write("common/a.drl", GOOD);
        RuleBase base = new RuleCompiler(rules).compile(2023);
        assertThat(base.ruleNames()).containsExactly("9.9 a document must be readable");
        assertThat(base.version()).matches("2023@[0-9a-f]{12}");
        assertThat(new RuleCompiler(rules).compile(2023).version()).isEqualTo(base.version());
        write("2023/1/1.1-x/extra.drl", GOOD.replace("9.9 a document", "1.1 another"));
        assertThat(new RuleCompiler(rules).compile(2023).version()).isNotEqualTo(base.version());
    }

    @Test
    void namesTheFileAndLineOfABrokenRule() throws IOException {
        write("2023/1/1.1-x/broken.drl", BROKEN);
        assertThatThrownBy(() -> new RuleCompiler(rules).compile(2023))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> {
                    List<RuleProblem> problems = ((RuleCompilationException) e).problems();
                    assertThat(problems).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("2023/1/1.1-x/broken.drl");
                        assertThat(p.line()).isEqualTo(6);
                        assertThat(p.message()).contains("noSuchField");
                    });
                });
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRuleBaseServing() throws IOException {
        write("common/a.drl", GOOD);
        RuleBook book = new RuleBook(rules);
        RuleBase good = book.forYear(2023);
        write("common/a.drl", BROKEN);
        assertThatThrownBy(() -> book.reload(2023)).isInstanceOf(RuleCompilationException.class);
        assertThat(book.forYear(2023)).isSameAs(good);
        assertThat(book.lastProblems(2023)).isNotEmpty();
    }

    @Test
    void catalogueFilesAndCasesAreNotCompiledAsRules() throws IOException {
        write("2023/1/1.1-x/cases/pass.yaml", "name: x\n");
        write("common/a.drl", GOOD);
        assertThat(new RuleCompiler(rules).ruleFiles(2023)).extracting(p -> rules.relativize(p).toString())
                .containsExactly("common/a.drl");
    }

    @Test
    void decisionTableErrorsPointAtTheSpreadsheetCell() throws IOException {
        String table = PAGES_TABLE.replace("chỉ tiêu,,WARNING", "chỉ tiêu,,WARN(");
        write("2023/1/tables/pages.csv", table);
        assertThatThrownBy(() -> new RuleCompiler(rules).compile(2023))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("2023/1/tables/pages.csv");
                            assertThat(p.cell()).isEqualTo("I4");
                        }));
    }

    @Test
    void anEditOnDiskGoesLiveWithinTwoSecondsAndABadOneIsRejected() throws Exception {
        write("common/a.drl", GOOD);
        RuleBook book = new RuleBook(rules);
        book.forYear(2023);
        try (RulesWatcher watcher = new RulesWatcher(book, 200)) {
            watcher.start();
            Thread.sleep(300);
            write("common/b.drl", GOOD.replace("9.9 a document", "9.9 second"));
            awaitRule(book, "9.9 second must be readable");
            RuleBase second = book.forYear(2023);
            write("common/b.drl", BROKEN);
            Thread.sleep(1500);
            assertThat(book.forYear(2023)).isSameAs(second);
            assertThat(book.lastProblems(2023)).isNotEmpty();
        }
    }

    private void write(String rel, String content) throws IOException {
        Path p = rules.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void anEditedDecisionTableOnDiskGoesLiveWithinTwoSecondsAndABrokenCellIsReported() throws Exception {
        String table = PAGES_TABLE;
        write("common/documents.drl", Files.readString(Path.of("rules/common/documents.drl")));
        write("2023/1/tables/pages.csv", table);
        RuleBook book = new RuleBook(rules);
        assertThat(book.forYear(2023).ruleNames()).contains("1.1 a plan mentions its targets");
        try (RulesWatcher watcher = new RulesWatcher(book, 200)) {
            watcher.start();
            Thread.sleep(300);
            write("2023/1/tables/pages.csv", table.replace("1.1 a plan mentions its targets", "1.1 a plan states its targets"));
            awaitRule(book, "1.1 a plan states its targets");
            RuleBase good = book.forYear(2023);
            write("2023/1/tables/pages.csv", table.replace(",,WARNING,", ",,eval(true),"));
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (book.lastProblems(2023).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(book.lastProblems(2023)).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("2023/1/tables/pages.csv");
                assertThat(p.cell()).isNotNull();
            });
            assertThat(book.forYear(2023)).isSameAs(good);
        }
    }

    @Test
    void aYearWithoutACatalogueIsNotCompiledNorKept() throws IOException {
        write("common/a.drl", GOOD);
        RuleBook book = new RuleBook(rules);
        assertThatThrownBy(() -> book.forYear(1999)).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("no indicator set for 1999");
        assertThat(book.live()).doesNotContainKey(1999);
        assertThat(book.forYear(2023).ruleNames()).containsExactly("9.9 a document must be readable");
    }
}
