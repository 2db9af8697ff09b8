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
        original = Files.readString(live(), StandardCharsets.UTF_8);
    }

    private Path live() {
        return rules.resolve(RuleCompiler.COMPONENTS).resolve(FOLDER).resolve(TABLE);
    }

    @Test
    void aTableThatCompilesAndPassesItsCasesGoesLive() throws IOException {
        String before = book.forYear(2023).version();
        String edited = original.replace("Quyết định không nêu ai là Trưởng Ban chỉ đạo chuyển đổi số.",
                "Quyết định chưa ghi rõ ai là Trưởng Ban chỉ đạo chuyển đổi số.");
        var p = authoring.publish(2023, FOLDER, TABLE, edited.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).as(p.problems() + " " + p.failedCases()).isTrue();
        assertThat(p.version()).isNotEqualTo(before).isEqualTo(book.forYear(2023).version());
        assertThat(p.years()).as("the table applies to both years, and both were tried and reloaded").containsExactly(2022, 2023);
        assertThat(Files.readString(live())).contains("chưa ghi rõ");
    }

    @Test
    void aCellThatIsNotAValueOfItsColumnIsRefusedWithItsCellAndNothingIsCompiled() throws IOException {
        RuleBase before = book.forYear(2023);
        String broken = original.replace("WARNING,HEAD_IS_DEPUTY", "eval(true),HEAD_IS_DEPUTY");
        assertThat(broken).as("the test breaks a cell of the table").isNotEqualTo(original);
        var p = authoring.publish(2023, FOLDER, TABLE, broken.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).isFalse();
        assertThat(p.problems()).singleElement().satisfies(problem -> assertThat(problem).contains(TABLE).contains("cell F6")
                .contains("ERROR, INFO, WARNING"));
        assertThat(book.forYear(2023)).isSameAs(before);
        assertThat(Files.readString(live())).isEqualTo(original);
    }

    @Test
    void aTableForAYearWithoutACatalogueOrNotForTheYearIsRefused() throws IOException {
        var future = authoring.publish(2023, FOLDER, TABLE, original.replace(",2022-2023", ",2023-2030")
                .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(future.published()).isFalse();
        assertThat(future.problems()).anySatisfy(p -> assertThat(p).contains("cell B2").contains("no indicator set for 2030"));
        var other = authoring.publish(2023, FOLDER, TABLE, original.replace(",2022-2023", ",2022").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(other.problems()).anySatisfy(p -> assertThat(p).contains("does not apply to 2023"));
        assertThat(Files.readString(live())).isEqualTo(original);
    }

    @Test
    void aTableThatBreaksACaseIsRefusedNamingTheCase() throws IOException {
        String wrongCode = original.replaceFirst("ERROR,HEAD_NOT_CHAIR", "ERROR,HEAD_UNKNOWN");
        var p = authoring.publish(2023, FOLDER, TABLE, wrongCode.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.published()).isFalse();
        assertThat(p.failedCases()).anySatisfy(c -> assertThat(c).contains("cases/"));
        assertThat(Files.readString(live())).isEqualTo(original);
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
