package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.catalogue.ScoringMethod;
import vn.kiemchung.catalogue.Validity;
import vn.kiemchung.extraction.Figure;
import vn.kiemchung.rules.DocumentFact;

/** Step 2 of the scoring, one test per scoring method, and the status the points mean. */
class ScoringTest {

    private static Indicator indicator(ScoringMethod method, List<Indicator.Step> steps, String min, String max) {
        return new Indicator("9.1", "9", "x", "x", new BigDecimal("20.00"), method, Validity.IN_YEAR, null, null, null,
                steps, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), true);
    }

    private static DocumentFact doc(String path, Double percent) {
        List<Figure> figures = percent == null ? List.of()
                : List.of(new Figure(BigDecimal.valueOf(percent), true, "%", percent + "%", 1, 1));
        return new DocumentFact(path, "9.1", "sha-" + path, "OK", null, "application/pdf", "BAO_CAO", "1/BC-UBND",
                "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", null, "Hậu Giang", null, LocalDate.of(2023, 12, 1), false, null,
                null, null, null, 0, null, false, 1.0, null, 1, figures, "");
    }

    private static Optional<Claim> claim(String value, String unit) {
        return Optional.of(new Claim("9.1", new BigDecimal(value), unit, null));
    }

    @Test
    void noQualifyingDocumentEarnsNothingWhateverTheMethod() {
        for (ScoringMethod m : ScoringMethod.values()) {
            assertThat(Scoring.fraction(indicator(m, List.of(), "0", "10"), List.of(), List.of(), claim("100", "%"), false))
                    .as(m.name()).isZero();
        }
    }

    @Test
    void aDocumentComponentEarnsTheBestGradeOfItsDocuments() {
        Indicator i = indicator(ScoringMethod.DOCUMENT, List.of(), null, null);
        assertThat(Scoring.fraction(i, List.of(doc("a", null), doc("b", null)), List.of(0.5, 1.0), Optional.empty(), false)).isEqualTo(1.0);
        assertThat(Scoring.fraction(i, List.of(doc("a", null)), List.of(0.5), Optional.empty(), false)).isEqualTo(0.5);
    }

    @Test
    void aCountedComponentClimbsItsSteps() {
        List<Indicator.Step> steps = List.of(new Indicator.Step(1, new BigDecimal("0.25")), new Indicator.Step(2, new BigDecimal("0.5")),
                new Indicator.Step(4, BigDecimal.ONE));
        Indicator i = indicator(ScoringMethod.COUNT, steps, null, null);
        assertThat(Scoring.fraction(i, List.of(doc("a", null)), List.of(1.0), Optional.empty(), false)).isEqualTo(0.25);
        assertThat(Scoring.fraction(i, List.of(doc("a", null), doc("b", null), doc("c", null)), List.of(1.0, 1.0, 1.0),
                Optional.empty(), false)).as("three documents stay on the step of two").isEqualTo(0.5);
        assertThat(Scoring.stepFraction(steps, 5)).isEqualTo(1.0);
        assertThat(Scoring.stepFraction(List.of(), 1)).as("no steps: one document is enough").isEqualTo(1.0);
    }

    @Test
    void aRateTakesTheClaimTheEvidenceBearsOutElseWhatTheEvidenceStates() {
        Indicator i = indicator(ScoringMethod.RATIO, List.of(), null, null);
        List<DocumentFact> report = List.of(doc("bc", 80.0));
        assertThat(Scoring.fraction(i, report, List.of(1.0), claim("80", "%"), false)).isEqualTo(0.8);
        assertThat(Scoring.fraction(i, report, List.of(1.0), claim("95", "%"), true)).as("a rejected claim: what the report states")
                .isEqualTo(0.8);
        assertThat(Scoring.fraction(i, List.of(doc("bc", null)), List.of(1.0), Optional.empty(), false)).as("no figure, no claim").isZero();
        assertThat(Scoring.fraction(i, List.of(doc("bc", 140.0)), List.of(1.0), Optional.empty(), false)).as("capped at 1").isEqualTo(1.0);
    }

    @Test
    void aBoundedValueIsPlacedBetweenItsMinimumAndMaximum() {
        Indicator i = indicator(ScoringMethod.MIN_MAX, List.of(), "0", "10");
        List<DocumentFact> report = List.of(doc("bc", null));
        assertThat(Scoring.fraction(i, report, List.of(1.0), claim("7.5", null), false)).isEqualTo(0.75);
        assertThat(Scoring.fraction(i, report, List.of(1.0), claim("12", null), false)).isEqualTo(1.0);
        assertThat(Scoring.fraction(i, report, List.of(1.0), Optional.empty(), false)).as("nothing claimed").isZero();
        Indicator threshold = indicator(ScoringMethod.MIN_MAX, List.of(), "5", "5");
        assertThat(Scoring.fraction(threshold, report, List.of(1.0), claim("5", null), false)).isEqualTo(1.0);
        assertThat(Scoring.fraction(threshold, report, List.of(1.0), claim("4.9", null), false)).isZero();
    }

    @Test
    void surveysAndSystemMeasuresAreTheMinistrysToScore() {
        for (ScoringMethod m : List.of(ScoringMethod.SURVEY, ScoringMethod.SYSTEM)) {
            assertThat(Scoring.fraction(indicator(m, List.of(), null, null), List.of(doc("a", 90.0)), List.of(1.0), claim("90", "%"), false))
                    .as(m.name()).isZero();
        }
    }

    @Test
    void pointsAreTheShareOfTheMaximumToTwoDecimals() {
        assertThat(Scoring.points(new BigDecimal("14.29"), 0.75)).isEqualByComparingTo("10.72");
        assertThat(Scoring.points(new BigDecimal("14.29"), 1.0)).isEqualByComparingTo("14.29");
    }

    @Test
    void theStatusIsWhatThePointsSay() {
        assertThat(ComponentStatus.of(0, 0)).isEqualTo(ComponentStatus.MISSING);
        assertThat(ComponentStatus.of(2, 0)).isEqualTo(ComponentStatus.WEAK);
        assertThat(ComponentStatus.of(2, 0.5)).isEqualTo(ComponentStatus.WEAK);
        assertThat(ComponentStatus.of(1, 1.0)).isEqualTo(ComponentStatus.COMPLETE);
    }
}
