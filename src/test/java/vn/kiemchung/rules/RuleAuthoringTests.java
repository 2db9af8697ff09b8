package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.catalogue.CatalogueLoader;

/** Publishing a decision table through the product: staged, compiled and tested before it goes live. */
class RuleAuthoringTests {

    private static final String FOLDER = "1/1.1-steering-committee-head";
    private static final String TABLE = "1.1-steering-committee-head.csv";

    @TempDir
    Path rules;

    private RuleBook book;
    private RuleAuthoring authoring;
    private String original;

    @BeforeEach
    void copyTheRepositoryRules() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        book = new RuleBook(rules);
        authoring = new RuleAuthoring(book, year -> new CatalogueLoader().load(rules.resolve(String.valueOf(year))));
        original = Files.readString(rules.resolve("2023").resolve(FOLDER).resolve(TABLE), StandardCharsets.UTF_8);
    }

    @Test
    void aTableThatCompilesAndPassesItsCasesGoesLive() throws IOException {
        String before = book.forYear(2023).version();
        String edited = original.replace("Quyết định không nêu ai là Trưởng Ban chỉ đạo chuyển đổi số.",
                "Quyết định chưa ghi rõ ai là Trưởng Ban chỉ đạo chuyển đổi số.");
        var p = authoring.publish(2023, FOLDER, TABLE, edited.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).as(p.problems() + " " + p.failedCases()).isTrue();
        assertThat(p.version()).isNotEqualTo(before).isEqualTo(book.forYear(2023).version());
        assertThat(Files.readString(rules.resolve("2023").resolve(FOLDER).resolve(TABLE))).contains("chưa ghi rõ");
    }

    @Test
    void aTableThatDoesNotCompileIsRefusedWithItsCellAndNothingChanges() throws IOException {
        RuleBase before = book.forYear(2023);
        String broken = original.replace("eval( !textMentionsOneOf($d,", "eval( !noSuchFunction($d,");
        assertThat(broken).as("the test breaks a cell of the table").isNotEqualTo(original);
        var p = authoring.publish(2023, FOLDER, TABLE, broken.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).isFalse();
        assertThat(p.problems()).anySatisfy(problem -> assertThat(problem).contains(TABLE).contains("cell"));
        assertThat(book.forYear(2023)).isSameAs(before);
        assertThat(Files.readString(rules.resolve("2023").resolve(FOLDER).resolve(TABLE))).isEqualTo(original);
    }

    @Test
    void aTableThatBreaksACaseIsRefusedNamingTheCase() throws IOException {
        String wrongCode = original.replaceFirst("ERROR,HEAD_NOT_CHAIR", "ERROR,HEAD_UNKNOWN");
        var p = authoring.publish(2023, FOLDER, TABLE, wrongCode.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).isFalse();
        assertThat(p.failedCases()).anySatisfy(c -> assertThat(c).contains("cases/"));
        assertThat(Files.readString(rules.resolve("2023").resolve(FOLDER).resolve(TABLE))).isEqualTo(original);
    }

    @Test
    void drlAndPathsOutsideTheYearAreRefused() {
        var drl = authoring.publish(2023, FOLDER, "evil.drl", "rule x when then end".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(drl.published()).isFalse();
        assertThat(drl.problems()).anySatisfy(p -> assertThat(p).contains(".csv or .xlsx"));
        var climb = authoring.publish(2023, "../../etc", TABLE, original.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(climb.published()).isFalse();
        assertThat(climb.problems()).anySatisfy(p -> assertThat(p).contains("invalid folder"));
        assertThat(rules.resolve("evil.drl")).doesNotExist();
    }
}
