package vn.kiemchung.assessment;

/** The audit for a terminal: the score, what to fix first, then every component. */
final class TextReport {

    private TextReport() {
    }

    static String render(AuditReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Hồ sơ / Dossier: ").append(r.province()).append(" — ").append(r.year())
                .append("   (luật / rules ").append(r.rulesetVersion()).append(")\n");
        s.append("Điểm dự kiến / Projected score: ").append(r.projectedScore()).append(" / ").append(r.maxScore()).append('\n');
        if (r.scoreEstimated()) {
            s.append("  ƯỚC TÍNH / ESTIMATED: ").append(r.unverifiedComponents())
                    .append(" chỉ số thành phần chưa đối chiếu bảng chính thức / components not checked against the official table (")
                    .append(r.estimatedPoints()).append(" điểm ước tính / estimated points)\n");
        }
        var sum = r.summary();
        s.append("Chỉ số thành phần / Components: ").append(sum.components()).append(" — đủ điểm/full ").append(sum.full())
                .append(", một phần/partial ").append(sum.partial()).append(", 0 điểm/zero ").append(sum.zero())
                .append(", Bộ chấm/ministry-measured ").append(sum.notRequired()).append('\n');
        s.append("Phát hiện / Findings: ").append(sum.errors()).append(" ERROR, ").append(sum.warnings()).append(" WARNING, ")
                .append(sum.infos()).append(" INFO\n");
        for (var t : r.subtotals()) {
            s.append("  ").append(t.name()).append(": ").append(t.projectedPoints()).append(" / ").append(t.maxPoints()).append('\n');
        }
        if (!r.fixFirst().isEmpty()) {
            s.append("\nCần sửa trước / Fix first:\n");
            for (ReportFinding f : r.fixFirst()) {
                s.append("  ").append(String.format("%-7s", f.severity())).append(' ').append(f.indicator()).append(' ')
                        .append(f.code()).append(f.document() == null ? "" : "  " + f.document())
                        .append("  (").append(f.pointsAtRisk()).append(" điểm/points)\n")
                        .append("          ").append(f.message()).append('\n');
                if (f.fix() != null) {
                    s.append("          → ").append(f.fix()).append('\n');
                }
            }
        }
        s.append("\nChỉ số / Indicator   Trạng thái / Status   Điểm / Points\n");
        for (IndicatorResult i : r.indicators()) {
            s.append(String.format("  %-8s %-13s %7s / %-7s %s%s%n", i.code(), i.status().name(), i.projectedPoints(), i.maxPoints(),
                    i.estimated() ? "* " : "",
                    i.findings().stream().map(ReportFinding::code).distinct().reduce((a, b) -> a + " " + b).orElse("")));
        }
        if (r.scoreEstimated()) {
            s.append("  * điểm ước tính, chưa đối chiếu bảng chính thức / estimated points, not checked against the official table\n");
        }
        return s.toString();
    }
}
