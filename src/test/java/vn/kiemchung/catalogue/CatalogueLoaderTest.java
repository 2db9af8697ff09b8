package vn.kiemchung.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueLoaderTest {

    private static final Path RULES = Path.of("rules");
    private final CatalogueLoader loader = new CatalogueLoader();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {2022, 2023})
    void shippedDecision922CataloguesScoreExactlyOneThousand(int year) {
        Catalogue catalogue = loader.load(RULES.resolve(Integer.toString(year)));

        assertThat(catalogue.year()).isEqualTo(year);
        assertThat(catalogue.mainIndicators()).hasSize(9);
        assertThat(catalogue.maxScore()).isEqualByComparingTo("1000");
        BigDecimal scoredComponents = catalogue.indicators().stream()
                .filter(i -> catalogue.main(i.mainCode()).orElseThrow().scored())
                .map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(scoredComponents).isEqualByComparingTo("1000");
    }

    @ParameterizedTest
    @ValueSource(ints = {2022, 2023})
    void shippedComponentsAddUpToTheirMainIndicator(int year) {
        Catalogue catalogue = loader.load(RULES.resolve(Integer.toString(year)));

        Map<String, BigDecimal> sums = catalogue.indicators().stream().collect(Collectors.groupingBy(
                Indicator::mainCode, Collectors.reducing(BigDecimal.ZERO, Indicator::maxPoints, BigDecimal::add)));
        for (MainIndicator main : catalogue.mainIndicators()) {
            assertThat(sums.get(main.code())).as("main indicator %s", main.code())
                    .isEqualByComparingTo(main.maxPoints());
        }
        assertThat(catalogue.main("6").orElseThrow().scored()).isFalse();
        assertThat(loader.check(catalogue)).noneMatch(p -> p.severity() == CatalogueProblem.Severity.ERROR);
    }

    @Test
    void shippedCatalogueWarnsWhereRowsAreStillMissing() {
        Catalogue catalogue = loader.load(RULES.resolve("2022"));

        assertThat(loader.check(catalogue)).extracting(CatalogueProblem::messageEn)
                .contains("main indicator 2 lists 10 of 11 components", "main indicator 7 lists 11 of 22 components");
    }

    @Test
    void shippedRowsCarryTheirMethodAndEvidence() {
        Catalogue catalogue = loader.load(RULES.resolve("2022"));

        Indicator head = catalogue.find("1.1").orElseThrow();
        assertThat(head.method()).isEqualTo(ScoringMethod.DOCUMENT);
        assertThat(head.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(head.evidence().signer()).as("graded by who heads the committee, E3").isEqualTo("ANY");
        assertThat(catalogue.find("1.3").orElseThrow().evidence().signer()).isEqualTo("HEAD");
        assertThat(head.evidence().docTypes()).containsExactly("QUYET_DINH");
        assertThat(head.evidence().keywords()).contains("Ban chỉ đạo");
        assertThat(head.verified()).isFalse();
        Indicator events = catalogue.find("1.6").orElseThrow();
        assertThat(events.method()).isEqualTo(ScoringMethod.COUNT);
        assertThat(events.steps()).first().isEqualTo(new Indicator.Step(1, new BigDecimal("0.25")));
    }

    @Test
    void catalogues2024And2025LoadThe405HeaderAndOnlyTheNamedComponentsAllUnverified() {
        for (String year : new String[] {"2024", "2025"}) {
            Catalogue catalogue = loader.load(RULES.resolve(year));
            assertThat(catalogue.mainIndicators()).extracting(MainIndicator::nameVi).containsExactly("Nhận thức số",
                    "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng", "Hoạt động chính quyền số",
                    "Hoạt động kinh tế số", "Hoạt động xã hội số");
            assertThat(catalogue.indicators()).hasSize(11).noneMatch(Indicator::verified)
                    .allMatch(i -> i.maxPoints() == null);
        }
        Catalogue catalogue = loader.load(RULES.resolve("2024"));
        assertThat(catalogue.maxScore()).isEqualByComparingTo("0");
        assertThat(loader.check(catalogue)).extracting(CatalogueProblem::messageEn)
                .contains("main indicator 1 has no maximum points");
    }

    @Test
    void cataloguesFindEveryShippedYear() {
        Catalogues catalogues = Catalogues.load(RULES);

        assertThat(catalogues.years()).contains(2022, 2023, 2024);
        assertThat(catalogues.forYear(2023)).isPresent();
        assertThat(catalogues.forYear(1999)).isEmpty();
    }

    @Test
    void unknownMethodNamesFileAndLineInBothLanguages() throws IOException {
        Path year = yearWith(List.of(
                "1.1,1,Một,One,50,DOCUMENT",
                "\"1.2\",1,\"Hai, có dấu phẩy\nvà xuống dòng\",Two,50,RATE"));

        assertThatThrownBy(() -> loader.load(year))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("2022/catalogue.csv dòng 3: phương pháp 'RATE' không hợp lệ (dùng DOCUMENT, COUNT, RATIO,"
                        + " MIN_MAX, SURVEY, SYSTEM) / line 3: unknown method 'RATE' (use DOCUMENT, COUNT, RATIO,"
                        + " MIN_MAX, SURVEY, SYSTEM)");
    }

    @Test
    void badPointsAreReportedOnTheLineOfTheirRecord() throws IOException {
        Path year = yearWith(List.of(
                "\"1.1\",1,\"Dòng\nhai dòng\",One,50,DOCUMENT",
                "1.2,1,Hai,Two,năm mươi,RATIO"));

        assertThatThrownBy(() -> loader.load(year))
                .isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("2022/catalogue.csv dòng 4: cột 'max_points': 'năm mươi' không phải là số")
                .hasMessageContaining("line 4: column 'max_points': 'năm mươi' is not a number")
                .satisfies(e -> assertThat(((CatalogueException) e).line()).isEqualTo(4));
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path year = temp.resolve("2022");
        Files.createDirectories(year);
        Files.writeString(year.resolve("main-indicators.csv"), "code,name_vi,max_points\n1,Một,100\n");
        Files.writeString(year.resolve("catalogue.csv"), "code,main_code,name_vi,max_points\n1.1,1,Một,100\n");

        assertThatThrownBy(() -> loader.load(year)).hasMessage(
                "2022/catalogue.csv dòng 1: thiếu cột 'method' / line 1: missing column 'method'");
    }

    @Test
    void checkFindsSumsDuplicatesUnknownMainsAndMissingPoints() throws IOException {
        Path year = yearWith(List.of(
                "1.1,1,Một,One,40,DOCUMENT",
                "1.1,1,Một lần nữa,Again,40,RATIO",
                "1.3,1,Ba,Three,,COUNT",
                "9.1,9,Lạc,Stray,5,",
                "2.1,2,Hai,Two,10,SURVEY"));

        List<CatalogueProblem> problems = loader.check(loader.load(year));

        assertThat(problems).extracting(CatalogueProblem::messageEn).contains(
                "component code 1.1 appears more than once",
                "indicator 1.3 has no maximum points",
                "indicator 9.1 belongs to main indicator '9', which is not in main-indicators.csv",
                "indicator 9.1 has no valid scoring method",
                "the components of main indicator 2 add up to 10, not its maximum 100");
    }

    @Test
    void excelBomAndSemicolonListsAreRead() throws IOException {
        Path year = yearWith(List.of("1.1,1,Một,One,100,count,IN_YEAR,,,Quyết định;Kế hoạch,,chuyển đổi số,,1:0.5;2:1"),
                "code,main_code,name_vi,name_en,max_points,method,validity,supplier,verifier,doc_types,issuer_kinds,"
                        + "keywords,signer,steps");

        Indicator indicator = loader.load(year).find("1.1").orElseThrow();

        assertThat(indicator.method()).isEqualTo(ScoringMethod.COUNT);
        assertThat(indicator.evidence().docTypes()).containsExactly("QUYET_DINH", "KE_HOACH");
        assertThat(indicator.evidence().issuerKinds()).containsExactly("ANY");
        assertThat(indicator.steps()).containsExactly(new Indicator.Step(1, new BigDecimal("0.5")),
                new Indicator.Step(2, new BigDecimal("1")));
    }

    private Path yearWith(List<String> rows) throws IOException {
        return yearWith(rows, "code,main_code,name_vi,name_en,max_points,method");
    }

    private Path yearWith(List<String> rows, String header) throws IOException {
        Path year = temp.resolve("2022");
        Files.createDirectories(year);
        Files.writeString(year.resolve("main-indicators.csv"),
                "\uFEFFcode,group,pillar,name_vi,name_en,max_points,component_count,scored\n"
                        + "1,I,,Nhận thức số,Awareness,100,3,true\n2,I,,Thể chế số,Institutions,100,,true\n",
                StandardCharsets.UTF_8);
        Files.writeString(year.resolve("catalogue.csv"), "\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n",
                StandardCharsets.UTF_8);
        return year;
    }
}
