package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.rules.DocumentFact;

/** Turns the qualifying evidence of one component into a fraction of its points, by its scoring method. */
final class Scoring {

    private Scoring() {
    }

    /**
     * @param qualifying documents of the component that are readable and carry no ERROR finding
     * @param grades     per qualifying document, the fraction the rules granted (1.0 when none)
     * @param claim      the province's claimed value, if any
     * @param claimRejected true when the rules found the claim contradicted by the evidence
     */
    static double fraction(Indicator indicator, List<DocumentFact> qualifying, List<Double> grades,
                           Optional<Claim> claim, boolean claimRejected) {
        if (qualifying.isEmpty()) {
            return 0;
        }
        return switch (indicator.method()) {
            case DOCUMENT -> grades.stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
            case COUNT -> stepFraction(indicator.steps(), qualifying.size());
            case RATIO -> ratio(qualifying, claim, claimRejected);
            case MIN_MAX -> minMax(indicator, claim);
            case SURVEY, SYSTEM -> 0;
        };
    }

    static double stepFraction(List<Indicator.Step> steps, int count) {
        if (steps == null || steps.isEmpty()) {
            return count > 0 ? 1.0 : 0;
        }
        double best = 0;
        for (Indicator.Step step : steps) {
            if (count >= step.atLeast()) {
                best = Math.max(best, step.fraction().doubleValue());
            }
        }
        return best;
    }

    /** a/b × max: the claimed percentage when the evidence bears it out, else what the evidence states. */
    private static double ratio(List<DocumentFact> qualifying, Optional<Claim> claim, boolean claimRejected) {
        double stated = qualifying.stream().mapToDouble(DocumentFact::getLargestPercent).max().orElse(-1);
        if (claim.isPresent() && !claimRejected && "%".equals(claim.get().unit())) {
            return clamp(claim.get().value().doubleValue() / 100.0);
        }
        return stated < 0 ? 0 : clamp(stated / 100.0);
    }

    private static double minMax(Indicator indicator, Optional<Claim> claim) {
        if (claim.isEmpty() || indicator.minValue() == null || indicator.maxValue() == null) {
            return 0;
        }
        double min = indicator.minValue().doubleValue();
        double max = indicator.maxValue().doubleValue();
        if (max == min) {
            return claim.get().value().doubleValue() >= max ? 1 : 0;
        }
        return clamp((claim.get().value().doubleValue() - min) / (max - min));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static BigDecimal points(BigDecimal max, double fraction) {
        return max.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
    }
}
