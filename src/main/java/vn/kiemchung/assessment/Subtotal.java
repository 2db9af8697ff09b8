package vn.kiemchung.assessment;

import java.math.BigDecimal;

/**
 * Points added up over main indicators that share a group ("Nhóm chỉ số nền tảng chung") or a
 * pillar ("Chính quyền số"). Foundation indicators score in every pillar and the official split
 * is not known, so they are totalled under their group, not spread over pillars.
 *
 * @param kind GROUP or PILLAR
 */
record Subtotal(String kind, String name, BigDecimal projectedPoints, BigDecimal maxPoints) {

    /** The group and pillar totals of these main-indicator rows, in the catalogue's order. */
    static java.util.List<Subtotal> of(java.util.List<vn.kiemchung.catalogue.MainIndicator> catalogue,
                                       java.util.List<MainIndicatorResult> mains) {
        java.util.List<Subtotal> subtotals = new java.util.ArrayList<>();
        for (String kind : java.util.List.of("GROUP", "PILLAR")) {
            java.util.Map<String, java.util.List<MainIndicatorResult>> byName = new java.util.LinkedHashMap<>();
            for (vn.kiemchung.catalogue.MainIndicator main : catalogue) {
                String name = kind.equals("GROUP") ? main.group() : main.pillar();
                if (name != null && !name.isBlank()) {
                    mains.stream().filter(m -> m.code().equals(main.code())).findFirst()
                            .ifPresent(m -> byName.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(m));
                }
            }
            byName.forEach((name, list) -> subtotals.add(new Subtotal(kind, name,
                    sum(list.stream().map(MainIndicatorResult::projectedPoints).toList()),
                    sum(list.stream().map(MainIndicatorResult::maxPoints).toList()))));
        }
        return subtotals;
    }

    private static BigDecimal sum(java.util.List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
