package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The consistency checks of one catalogue; kept apart from reading so imported catalogues get the same checks. */
final class CatalogueCheck {

    private final Catalogue catalogue;
    private final List<CatalogueProblem> problems = new ArrayList<>();

    CatalogueCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<CatalogueProblem> problems() {
        problems.clear();
        duplicates();
        for (MainIndicator main : catalogue.mainIndicators()) {
            main(main);
        }
        for (Indicator indicator : catalogue.indicators()) {
            indicator(indicator);
        }
        return List.copyOf(problems);
    }

    private void duplicates() {
        Set<String> seen = new HashSet<>();
        for (MainIndicator main : catalogue.mainIndicators()) {
            if (!seen.add(main.code())) {
                error(main.code(), Bilingual.of("catalogue.check.mainIndicatorCodeAppears", String.valueOf(main.code())));
            }
        }
        seen.clear();
        for (Indicator indicator : catalogue.indicators()) {
            if (!seen.add(indicator.code())) {
                error(indicator.code(), Bilingual.of("catalogue.check.componentCodeAppearsMore", String.valueOf(indicator.code())));
            }
        }
    }

    private void main(MainIndicator main) {
        List<Indicator> components = catalogue.indicators().stream()
                .filter(i -> i.mainCode().equals(main.code())).toList();
        if (main.maxPoints() == null && main.scored()) {
            warning(main.code(), Bilingual.of("catalogue.check.mainIndicatorHasNo", String.valueOf(main.code())));
        }
        if (main.componentCount() > components.size()) {
            warning(main.code(), Bilingual.of("catalogue.check.mainIndicatorListsComponents", String.valueOf(main.code()), String.valueOf(components.size()), String.valueOf(main.componentCount())));
        } else if (main.componentCount() > 0 && main.componentCount() < components.size()) {
            warning(main.code(), Bilingual.of("catalogue.check.mainIndicatorListsComponents2", String.valueOf(main.code()), String.valueOf(components.size()), String.valueOf(main.componentCount())));
        }
        boolean allPointed = components.stream().allMatch(i -> i.maxPoints() != null);
        if (main.maxPoints() != null && !components.isEmpty() && allPointed) {
            BigDecimal sum = components.stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(main.maxPoints()) != 0) {
                error(main.code(), Bilingual.of("catalogue.check.componentsMainIndicatorAdd", String.valueOf(main.code()), String.valueOf(sum.toPlainString()), String.valueOf(main.maxPoints().toPlainString())));
            }
        }
    }

    private void indicator(Indicator indicator) {
        String code = indicator.code();
        if (catalogue.main(indicator.mainCode()).isEmpty()) {
            error(code, Bilingual.of("catalogue.check.indicatorBelongsMainIndicator", String.valueOf(code), String.valueOf(indicator.mainCode()), String.valueOf(CatalogueColumns.MAIN_FILE)));
        }
        if (indicator.method() == null) {
            error(code, Bilingual.of("catalogue.check.indicatorHasNoValid", String.valueOf(code)));
        }
        if (indicator.maxPoints() == null) {
            warning(code, Bilingual.of("catalogue.check.indicatorHasNoMaximum", String.valueOf(code)));
        }
        if (indicator.method() == ScoringMethod.COUNT && indicator.steps().isEmpty()) {
            warning(code, Bilingual.of("catalogue.check.indicatorScoredByCount", String.valueOf(code)));
        }
        if (indicator.method() == ScoringMethod.MIN_MAX
                && (indicator.minValue() == null || indicator.maxValue() == null)) {
            warning(code, Bilingual.of("catalogue.check.indicatorScoredMinMax", String.valueOf(code)));
        }
    }

    private void error(String code, Bilingual words) {
        problems.add(CatalogueProblem.error(where(code), words));
    }

    private void warning(String code, Bilingual words) {
        problems.add(CatalogueProblem.warning(where(code), words));
    }

    private String where(String code) {
        return catalogue.year() + " " + Objects.requireNonNullElse(code, "?");
    }
}
