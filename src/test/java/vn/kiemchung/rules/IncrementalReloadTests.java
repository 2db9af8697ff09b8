package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload compiles only the rule files that changed when they share no declarations, applies them
 * to the knowledge base in service, and names the version the rules actually ran on.
 */
class IncrementalReloadTests {

    @TempDir
    Path rules;

    private static final String HEADER = """
            package rules.kiemchung;
            import vn.kiemchung.rules.DocumentFact;
            import vn.kiemchung.rules.Finding;
            """;

    private static String rule(String name, String code) {
        return HEADER + """
                rule "%s"
                when
                    $d : DocumentFact( pages > 1 )
                then
                    insert( Finding.about( kcontext, "INFO", "%s", $d, "dài", "long" ) );
                end
                """.formatted(name, code);
    }

    private static final String DECLARES = HEADER + """
            declare LongDocument
                path : String
            end
            rule "LONG_NOTE a long document is noted"
            when
                $d : DocumentFact( pages > 1 )
            then
                insert( new LongDocument( $d.getPath() ) );
            end
            """;

    private static final List<Object> FACTS = List.of(new DocumentFact("1.1/a.pdf", "1.1", "abc", "OK", null, "application/pdf",
            null, null, null, null, null, null, null, false, null, null, null, null, 0, null, false, 1.0, null, 3,
            List.of(), "văn bản"));

    @org.junit.jupiter.api.BeforeEach
    void catalogue() throws IOException {
        write("2023/catalogue.csv", "code,main_code\n1.1,1\n");
    }

    @Test
    void anAddedChangedOrRemovedRuleFileIsAppliedToTheKnowledgeBaseInService() throws IOException {
        write("common/a.drl", rule("A_NOTE first", "A_NOTE"));
        RuleBook book = new RuleBook(rules);
        RuleBase first = book.forYear(2023);

        write("common/b.drl", rule("B_NOTE added", "B_NOTE"));
        RuleBase added = book.reload(2023);
        assertThat(added.kieBase()).as("updated in place, not rebuilt").isSameAs(first.kieBase());
        assertThat(added.version()).isNotEqualTo(first.version());
        assertThat(added.ruleNames()).containsExactly("A_NOTE first", "B_NOTE added");
        Evaluation afterAdd = RuleEvaluator.evaluate(added, FACTS);
        assertThat(afterAdd.findings()).extracting(Finding::getCode).containsExactlyInAnyOrder("A_NOTE", "B_NOTE");
        assertThat(afterAdd.rulesetVersion()).isEqualTo(added.version());

        write("common/b.drl", rule("B_NOTE changed", "B2_NOTE"));
        RuleBase changed = book.reload(2023);
        assertThat(changed.kieBase()).isSameAs(first.kieBase());
        assertThat(changed.ruleNames()).containsExactly("A_NOTE first", "B_NOTE changed");
        assertThat(RuleEvaluator.evaluate(changed, FACTS).findings()).extracting(Finding::getCode)
                .containsExactlyInAnyOrder("A_NOTE", "B2_NOTE");

        Files.delete(rules.resolve("common/b.drl"));
        RuleBase removed = book.reload(2023);
        assertThat(removed.ruleNames()).containsExactly("A_NOTE first");
        assertThat(removed.files()).containsExactly("common/a.drl");
        assertThat(RuleEvaluator.evaluate(removed, FACTS).findings()).extracting(Finding::getCode).containsExactly("A_NOTE");
        assertThat(RuleEvaluator.evaluate(removed, FACTS).rulesetVersion())
                .as("the same version as a whole build of the same files").isEqualTo(new RuleCompiler(rules).compile(2023).version());
    }

    @Test
    void aBrokenChangeLeavesTheRulesInServiceAndTheNextGoodOneBuildsAnew() throws IOException {
        write("common/a.drl", rule("A_NOTE first", "A_NOTE"));
        RuleBook book = new RuleBook(rules);
        RuleBase good = book.forYear(2023);

        write("common/b.drl", HEADER + """
                rule "B_NOTE broken"
                when
                    $d : DocumentFact( noSuchField == 3 )
                then
                end
                """);
        assertThatThrownBy(() -> book.reload(2023)).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo("common/b.drl")));
        assertThat(book.forYear(2023)).isSameAs(good);
        Evaluation stillGood = RuleEvaluator.evaluate(good, FACTS);
        assertThat(stillGood.findings()).extracting(Finding::getCode).containsExactly("A_NOTE");
        assertThat(stillGood.rulesetVersion()).isEqualTo(good.version());

        write("common/b.drl", rule("B_NOTE fixed", "B_NOTE"));
        RuleBase fixed = book.reload(2023);
        assertThat(fixed.ruleNames()).containsExactly("A_NOTE first", "B_NOTE fixed");
        assertThat(RuleEvaluator.evaluate(fixed, FACTS).findings()).extracting(Finding::getCode)
                .containsExactlyInAnyOrder("A_NOTE", "B_NOTE");
    }

    @Test
    void aChangeToAFileWithDeclarationsBuildsTheYearAnew() throws IOException {
        write("common/a.drl", rule("A_NOTE first", "A_NOTE"));
        write("common/types.drl", DECLARES);
        RuleBook book = new RuleBook(rules);
        RuleBase first = book.forYear(2023);

        write("common/types.drl", DECLARES.replace("a long document is noted", "a long document is remembered"));
        RuleBase rebuilt = book.reload(2023);
        assertThat(rebuilt.kieBase()).isNotSameAs(first.kieBase());
        assertThat(rebuilt.ruleNames()).contains("LONG_NOTE a long document is remembered")
                .doesNotContain("LONG_NOTE a long document is noted");
        // The earlier rule base keeps working on its own knowledge base.
        assertThat(RuleEvaluator.evaluate(first, FACTS).findings()).extracting(Finding::getCode).containsExactly("A_NOTE");
    }

    @Test
    void nothingChangedKeepsTheSameRuleBase() throws IOException {
        write("common/a.drl", rule("A_NOTE first", "A_NOTE"));
        RuleBook book = new RuleBook(rules);
        RuleBase first = book.forYear(2023);
        assertThat(book.reload(2023)).isSameAs(first);
    }

    private void write(String rel, String content) throws IOException {
        Path p = rules.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
