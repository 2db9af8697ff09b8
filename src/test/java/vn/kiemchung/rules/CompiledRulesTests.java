package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.platform.FileTrees;

/**
 * Compiled rules are kept between runs: a run whose rules did not change compiles nothing, a changed
 * rule file is compiled again, a damaged entry is ignored and replaced, and the kept rules decide
 * every rule case as the rules compiled from source do.
 */
class CompiledRulesTests {

    @TempDir
    Path work;
    Path rules;
    Path compiled;

    @BeforeEach
    void copyTheRepositoryRules() throws IOException {
        rules = work.resolve("rules");
        compiled = work.resolve("compiled");
        FileTrees.copy(Path.of("rules"), rules);
    }

    private RuleBase startAndLoad() {
        return new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null).keepCompiledIn(compiled).forYear(2023);
    }

    /** A rule file of the test's own in common/, naming its one rule {@code name}: a change to the rules. */
    private void writeSpeedNote(String name) throws IOException {
        Files.writeString(rules.resolve("common").resolve("speed-note.drl"), """
                package rules.kiemchung;
                import vn.kiemchung.rules.DocumentFact;
                import vn.kiemchung.rules.Finding;
                rule "%s"
                when
                    $d : DocumentFact( pages > 19 )
                then
                    insert( Finding.about( kcontext, "INFO", "SPEED_NOTE", $d, "dài", "long" ) );
                end
                """.formatted(name), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRunWithTheSameRulesCompilesNothingAndDecidesEveryCaseAlike() {
        RuleBase first = startAndLoad();
        long before = RuleBuild.COMPILATIONS.get();
        RuleBase second = startAndLoad();
        assertThat(RuleBuild.COMPILATIONS.get()).as("compilations on the second run").isEqualTo(before);
        RuleBase fromSource = new RuleCompiler(rules).compile(2023);
        assertThat(second.version()).isEqualTo(first.version()).isEqualTo(fromSource.version());
        assertThat(second.ruleNames()).isEqualTo(fromSource.ruleNames()).isNotEmpty();
        assertThat(second.files()).isEqualTo(fromSource.files());

        RuleCases cases = new RuleCases(rules, y -> new CatalogueLoader().load(rules.resolve(String.valueOf(y))));
        List<RuleCases.Outcome> outcomes = cases.runYear(second, 2023);
        assertThat(outcomes).isNotEmpty();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.passed()).as(o.file() + " " + o.result()).isTrue());
    }

    @Test
    void aChangedRuleFileIsCompiledAgain() throws IOException {
        startAndLoad();
        writeSpeedNote("SPEED_NOTE a long document is noted");
        long before = RuleBuild.COMPILATIONS.get();
        RuleBase changed = startAndLoad();
        assertThat(RuleBuild.COMPILATIONS.get() - before).isEqualTo(1);
        assertThat(changed.ruleNames()).contains("SPEED_NOTE a long document is noted");

        long again = RuleBuild.COMPILATIONS.get();
        assertThat(startAndLoad().ruleNames()).contains("SPEED_NOTE a long document is noted");
        assertThat(RuleBuild.COMPILATIONS.get()).isEqualTo(again);
    }

    @Test
    void aDamagedEntryIsIgnoredAndCompiledAgain() throws IOException {
        RuleBase good = startAndLoad();
        List<Path> entries;
        try (Stream<Path> list = Files.list(compiled)) {
            entries = list.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
        assertThat(entries).hasSize(1);
        Files.write(entries.get(0), "not a module".getBytes(StandardCharsets.UTF_8));
        long before = RuleBuild.COMPILATIONS.get();
        RuleBase rebuilt = startAndLoad();
        assertThat(RuleBuild.COMPILATIONS.get() - before).isEqualTo(1);
        assertThat(rebuilt.ruleNames()).isEqualTo(good.ruleNames());
        assertThat(rebuilt.version()).isEqualTo(good.version());

        long after = RuleBuild.COMPILATIONS.get();
        startAndLoad();
        assertThat(RuleBuild.COMPILATIONS.get()).as("the entry was written again").isEqualTo(after);
    }

    @Test
    void rulesLoadedFromAnEntryStillReloadWhenAFileChanges() throws IOException {
        startAndLoad();
        RuleBook book = new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null).keepCompiledIn(compiled);
        RuleBase loaded = book.forYear(2023);
        assertThat(book.reload(2023)).as("nothing changed: the same rules").isSameAs(loaded);
        writeSpeedNote("SPEED_NOTE reloaded");
        RuleBase reloaded = book.reload(2023);
        assertThat(reloaded.ruleNames()).contains("SPEED_NOTE reloaded");
        assertThat(reloaded.version()).isNotEqualTo(loaded.version());
    }

    /**
     * The rules compiled when the jar is built ({@link BuiltInCompiledRules}, here into a folder read as the
     * jar's resources): a run with the same rule files loads them and compiles and keeps nothing; a changed
     * file misses them and is compiled as before; with nowhere to keep rules, a miss is a plain build.
     */
    @Test
    void rulesBuiltIntoTheJarServeTheSameFilesAndAChangedFileIsCompiled() throws Exception {
        for (String year : List.of("2022", "2024", "2025")) {
            FileTrees.deleteQuietly(rules.resolve(year)); // one year keeps the build-time compile short
        }
        Path resources = work.resolve("jar");
        assertThat(BuiltInCompiledRules.compile(rules, resources.resolve(CompiledRules.BUILT_IN))).hasSize(1);
        Files.writeString(resources.resolve(CompiledRules.BUILT_IN).resolve("index"), "2023\n");
        try (java.net.URLClassLoader jar = new java.net.URLClassLoader(new java.net.URL[] {resources.toUri().toURL()}, null)) {
            long before = RuleBuild.COMPILATIONS.get();
            RuleBook book = new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null)
                    .keepCompiledIn(new CompiledRules(compiled, jar));
            RuleBase served = book.forYear(2023);
            assertThat(RuleBuild.COMPILATIONS.get()).as("compilations").isEqualTo(before);
            assertThat(compiled).as("nothing compiled, nothing kept").doesNotExist();
            RuleBase fromSource = new RuleCompiler(rules).compile(2023);
            assertThat(served.version()).isEqualTo(fromSource.version());
            assertThat(served.ruleNames()).isEqualTo(fromSource.ruleNames());
            assertThat(book.servedVersion(2023)).contains(served.version());
            RuleCases cases = new RuleCases(rules, y -> new CatalogueLoader().load(rules.resolve(String.valueOf(y))));
            assertThat(cases.runYear(served, 2023)).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.passed()).as(o.file() + " " + o.result()).isTrue());

            writeSpeedNote("SPEED_NOTE not in the jar");
            long changed = RuleBuild.COMPILATIONS.get();
            RuleBase edited = new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null)
                    .keepCompiledIn(new CompiledRules(compiled, jar)).forYear(2023);
            assertThat(RuleBuild.COMPILATIONS.get() - changed).isEqualTo(1);
            assertThat(edited.ruleNames()).contains("SPEED_NOTE not in the jar");
            try (Stream<Path> kept = Files.list(compiled)) {
                assertThat(kept.filter(p -> p.toString().endsWith(".kjar")).count()).as("the edited rules kept").isEqualTo(1);
            }

            RuleBase plain = new RuleBook(new RuleSource(RuleSource.Kind.FOLDER, rules), null)
                    .keepCompiledIn(new CompiledRules(null, jar)).forYear(2023);
            assertThat(plain.ruleNames()).contains("SPEED_NOTE not in the jar");
        }
    }
}
