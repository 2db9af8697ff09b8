package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the rules come from: the jar's own, a configured folder, or a copy published on the server. */
class RuleSourceTest {

    @TempDir
    Path data;

    @Test
    void builtInRulesAreUnpackedOnceIntoAFolderNamedByTheirContent() {
        RuleSource first = RuleSource.builtIn(data.resolve("built-in"));
        assertThat(first.kind()).isEqualTo(RuleSource.Kind.BUILT_IN);
        assertThat(first.root().resolve("common")).isDirectory();
        assertThat(first.root().resolve("2023").resolve("catalogue.csv")).isRegularFile();
        assertThat(first.root().getFileName().toString()).matches("[0-9a-f]{16}");
        RuleSource again = RuleSource.builtIn(data.resolve("built-in"));
        assertThat(again.root()).isEqualTo(first.root());
        assertThat(new RuleBook(first, null).forYear(2023).version()).endsWith("+built-in");
    }

    @Test
    void publishingOverBuiltInRulesWritesToACopyThatThenServesAndLeavesTheBuiltInOnesAlone() throws IOException {
        RuleSource builtIn = RuleSource.builtIn(data.resolve("built-in"));
        List<String> before = listing(builtIn.root());
        RuleBook book = new RuleBook(builtIn, data.resolve("published"));
        int[] changes = {0};
        book.onSourceChange(() -> changes[0]++);
        book.forYear(2023);

        Path root = book.publishingRoot();

        assertThat(root).isEqualTo(data.resolve("published").toAbsolutePath().normalize());
        assertThat(book.source().kind()).isEqualTo(RuleSource.Kind.PUBLISHED);
        assertThat(changes[0]).isEqualTo(1);
        assertThat(book.forYear(2023).version()).endsWith("+published");
        assertThat(listing(builtIn.root())).isEqualTo(before);
        assertThat(RuleSource.published(data.resolve("published"))).as("a restart serves the published copy").isPresent();
        // a second publication writes to the same copy
        assertThat(book.publishingRoot()).isEqualTo(root);
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void aConfiguredFolderComesFirstThenTheEnvironmentThenAPublishedCopyThenTheJar() throws IOException {
        Path configured = Files.createDirectories(data.resolve("mine"));
        Path fromEnv = Files.createDirectories(data.resolve("env"));
        Path rulesData = data.resolve("rules-data");
        assertThat(RulesConfiguration.chooseSource(configured.toString(), fromEnv.toString(), rulesData).root())
                .isEqualTo(configured);
        assertThat(RulesConfiguration.chooseSource(" ", fromEnv.toString(), rulesData).root()).isEqualTo(fromEnv);
        assertThat(RulesConfiguration.chooseSource(null, null, rulesData).kind()).isEqualTo(RuleSource.Kind.BUILT_IN);
        new RuleBook(RuleSource.builtIn(rulesData.resolve("built-in")), rulesData.resolve("published")).publishingRoot();
        assertThat(RulesConfiguration.chooseSource(null, null, rulesData).kind()).isEqualTo(RuleSource.Kind.PUBLISHED);
    }

    @Test
    void relativeFoldersAreMadeAbsoluteAndNormalised() throws IOException {
        Files.createDirectories(Path.of("target", "rule-source-test"));
        RuleSource source = RuleSource.folder(Path.of(".", "target", ".", "rule-source-test"));
        assertThat(source.root()).isAbsolute().isEqualTo(source.root().normalize());
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p) + ":" + (Files.isRegularFile(p) ? size(p) : -1)).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
