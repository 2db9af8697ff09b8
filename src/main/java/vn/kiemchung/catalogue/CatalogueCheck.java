package vn.kiemchung.catalogue;

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
                error(main.code(), "mã chỉ số chính " + main.code() + " bị trùng",
                        "main indicator code " + main.code() + " appears more than once");
            }
        }
        seen.clear();
        for (Indicator indicator : catalogue.indicators()) {
            if (!seen.add(indicator.code())) {
                error(indicator.code(), "mã chỉ số thành phần " + indicator.code() + " bị trùng",
                        "component code " + indicator.code() + " appears more than once");
            }
        }
    }

    private void main(MainIndicator main) {
        List<Indicator> components = catalogue.indicators().stream()
                .filter(i -> i.mainCode().equals(main.code())).toList();
        if (main.maxPoints() == null && main.scored()) {
            warning(main.code(), "chỉ số chính " + main.code() + " chưa có điểm tối đa",
                    "main indicator " + main.code() + " has no maximum points");
        }
        if (main.componentCount() > components.size()) {
            warning(main.code(), "chỉ số chính " + main.code() + " mới có " + components.size() + "/"
                            + main.componentCount() + " chỉ số thành phần",
                    "main indicator " + main.code() + " lists " + components.size() + " of "
                            + main.componentCount() + " components");
        } else if (main.componentCount() > 0 && main.componentCount() < components.size()) {
            warning(main.code(), "chỉ số chính " + main.code() + " có " + components.size()
                            + " chỉ số thành phần, nhiều hơn số đã xác nhận " + main.componentCount(),
                    "main indicator " + main.code() + " lists " + components.size()
                            + " components, more than the confirmed " + main.componentCount());
        }
        boolean allPointed = components.stream().allMatch(i -> i.maxPoints() != null);
        if (main.maxPoints() != null && !components.isEmpty() && allPointed) {
            BigDecimal sum = components.stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(main.maxPoints()) != 0) {
                error(main.code(), "tổng điểm các chỉ số thành phần của " + main.code() + " là " + sum.toPlainString()
                                + ", khác điểm tối đa " + main.maxPoints().toPlainString(),
                        "the components of main indicator " + main.code() + " add up to " + sum.toPlainString()
                                + ", not its maximum " + main.maxPoints().toPlainString());
            }
        }
    }

    private void indicator(Indicator indicator) {
        String code = indicator.code();
        if (catalogue.main(indicator.mainCode()).isEmpty()) {
            error(code, "chỉ số " + code + " thuộc chỉ số chính '" + indicator.mainCode() + "' không có trong "
                            + CatalogueColumns.MAIN_FILE,
                    "indicator " + code + " belongs to main indicator '" + indicator.mainCode()
                            + "', which is not in " + CatalogueColumns.MAIN_FILE);
        }
        if (indicator.method() == null) {
            error(code, "chỉ số " + code + " chưa có phương pháp tính điểm hợp lệ",
                    "indicator " + code + " has no valid scoring method");
        }
        if (indicator.maxPoints() == null) {
            warning(code, "chỉ số " + code + " chưa có điểm tối đa", "indicator " + code + " has no maximum points");
        }
        if (indicator.method() == ScoringMethod.COUNT && indicator.steps().isEmpty()) {
            warning(code, "chỉ số " + code + " tính theo số lượng nhưng chưa có bảng bậc (steps)",
                    "indicator " + code + " is scored by count but has no steps");
        }
        if (indicator.method() == ScoringMethod.MIN_MAX
                && (indicator.minValue() == null || indicator.maxValue() == null)) {
            warning(code, "chỉ số " + code + " tính theo min-max nhưng chưa có min_value/max_value",
                    "indicator " + code + " is scored min-max but has no min_value/max_value");
        }
    }

    private void error(String code, String vi, String en) {
        problems.add(CatalogueProblem.error(where(code), vi, en));
    }

    private void warning(String code, String vi, String en) {
        problems.add(CatalogueProblem.warning(where(code), vi, en));
    }

    private String where(String code) {
        return catalogue.year() + " " + Objects.requireNonNullElse(code, "?");
    }
}
