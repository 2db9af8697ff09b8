package vn.kiemchung.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The indicator set of one assessment year. */
public record Catalogue(int year, String source, List<MainIndicator> mainIndicators, List<Indicator> indicators) {

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<MainIndicator> main(String code) {
        return mainIndicators.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /**
     * The year's maximum score: the sum of the scored main indicators (1,000 for DTI). A main indicator whose
     * maximum is not known yet (DTI 2024 so far) adds nothing rather than failing.
     */
    public BigDecimal maxScore() {
        return mainIndicators.stream().filter(MainIndicator::scored).map(MainIndicator::maxPoints)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
