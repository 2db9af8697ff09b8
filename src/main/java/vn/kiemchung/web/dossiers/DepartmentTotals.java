package vn.kiemchung.web.dossiers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.IndicatorResult;
import vn.kiemchung.review.ReviewItem;
import vn.kiemchung.review.ReviewStatus;

/**
 * The dashboard's chart per department: the projected points of the components each department
 * supplies, against their maximum, with how many are full, partial or at zero and how many wait
 * for a supplement. Components no department supplies yet are totalled on a row of their own
 * (department {@code null}) so the rows always add up to the dossier's total.
 *
 * @param department the department's name, or null for components not assigned to anyone
 */
public record DepartmentTotals(String department, BigDecimal projectedPoints, BigDecimal maxPoints, int components, int full,
                        int partial, int zero, int needsSupplement) {

    /** Share of the maximum, 0–100, for the bar. */
    public int percent() {
        return DossierPages.percent(projectedPoints, maxPoints);
    }

    /** Points this department could still win. */
    public BigDecimal missing() {
        return maxPoints.subtract(projectedPoints).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * One row per department that supplies a scored component, worst share first, the unassigned
     * row (if any) last.
     */
    static List<DepartmentTotals> of(AuditReport report, Map<String, String> suppliers, Map<String, ReviewItem> items) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (IndicatorResult r : report.indicators()) {
            if (!r.scored()) {
                continue;
            }
            String department = suppliers.get(r.code());
            ReviewItem item = items.get(r.code());
            tallies.computeIfAbsent(department, d -> new Tally()).add(r,
                    item != null && item.status() == ReviewStatus.NEEDS_SUPPLEMENT);
        }
        List<DepartmentTotals> rows = new ArrayList<>();
        tallies.forEach((department, t) -> rows.add(t.totals(department)));
        rows.sort(Comparator.comparing((DepartmentTotals d) -> d.department() == null)
                .thenComparingInt(DepartmentTotals::percent)
                .thenComparing(d -> d.department() == null ? "" : d.department()));
        return rows;
    }

    private static final class Tally {
        BigDecimal projected = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        int components;
        int full;
        int zero;
        int needsSupplement;

        void add(IndicatorResult r, boolean sentBack) {
            projected = projected.add(r.projectedPoints());
            max = max.add(r.maxPoints());
            components++;
            if (r.full()) {
                full++;
            } else if (r.zero()) {
                zero++;
            }
            if (sentBack) {
                needsSupplement++;
            }
        }

        DepartmentTotals totals(String department) {
            return new DepartmentTotals(department, projected.setScale(2, RoundingMode.HALF_UP),
                    max.setScale(2, RoundingMode.HALF_UP), components, full, components - full - zero, zero, needsSupplement);
        }
    }
}
