package vn.kiemchung.assessment;

/** The audit for a terminal: the score, what to fix first, then every component. */
final class TextReport {

    private TextReport() {
    }

    /** A label in both languages, "vi / en", from the bundles ({@code report.text.*}). */
    private static String both(String key) {
        return vn.kiemchung.platform.Bilingual.of("report.text." + key).both();
    }

    /** The same, tight: "vi/en", where a line holds several of them. */
    private static String tight(String key) {
        vn.kiemchung.platform.Bilingual words = vn.kiemchung.platform.Bilingual.of("report.text." + key);
        return words.vi() + "/" + words.en();
    }

    static String render(AuditReport r) {
        StringBuilder s = new StringBuilder();
        s.append(both("dossier") + ": ").append(r.province()).append(" — ").append(r.year())
                .append("   (" + both("rules") + " ").append(r.rulesetVersion()).append(")\n");
        s.append(both("projected") + ": ").append(r.projectedScore()).append(" / ").append(r.maxScore()).append('\n');
        if (r.scoreEstimated()) {
            s.append("  " + both("estimated") + ": ").append(r.unverifiedComponents())
                    .append(" " + both("unverified") + " (")
                    .append(r.estimatedPoints()).append(" " + both("estimatedPoints") + ")\n");
        }
        var sum = r.summary();
        s.append(both("components") + ": ").append(sum.components()).append(" — " + tight("full") + " ").append(sum.full())
                .append(", " + tight("partial") + " ").append(sum.partial()).append(", " + tight("zero") + " ").append(sum.zero())
                .append(", " + tight("ministryMeasured") + " ").append(sum.notRequired()).append('\n');
        s.append(both("findings") + ": ").append(sum.errors()).append(" ERROR, ").append(sum.warnings()).append(" WARNING, ")
                .append(sum.infos()).append(" INFO\n");
        for (var t : r.subtotals()) {
            s.append("  ").append(t.name()).append(": ").append(t.projectedPoints()).append(" / ").append(t.maxPoints()).append('\n');
        }
        if (!r.fixFirst().isEmpty()) {
            s.append("\n" + both("fixFirst") + ":\n");
            for (ReportFinding f : r.fixFirst()) {
                s.append("  ").append(String.format("%-7s", f.severity())).append(' ').append(f.indicator()).append(' ')
                        .append(f.code()).append(f.document() == null ? "" : "  " + f.document())
                        .append("  (").append(f.pointsAtRisk()).append(" " + tight("points") + ")\n")
                        .append("          ").append(f.message()).append('\n');
                if (f.fix() != null) {
                    s.append("          → ").append(f.fix()).append('\n');
                }
            }
        }
        s.append("\n" + both("indicator") + "   " + both("status") + "   " + both("pointsHeading") + "\n");
        for (IndicatorResult i : r.indicators()) {
            s.append(String.format("  %-8s %-13s %7s / %-7s %s%s%n", i.code(), i.status().name(), i.projectedPoints(), i.maxPoints(),
                    i.estimated() ? "* " : "",
                    i.findings().stream().map(ReportFinding::code).distinct().reduce((a, b) -> a + " " + b).orElse("")));
        }
        if (r.scoreEstimated()) {
            s.append("  * " + both("estimatedNote") + "\n");
        }
        return s.toString();
    }
}
