package vn.kiemchung.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A standalone HTML report (one file, no external assets) to open in a browser or attach to mail. */
final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(AuditReport r, ReportLanguage l) {
        return render(r, l, ReviewNotes.NONE);
    }

    /** With the server's review notes: each component's department, review status and deadline, and who waived what. */
    public static String render(AuditReport r, ReportLanguage l, ReviewNotes notes) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"").append(l == ReportLanguage.EN ? "en" : "vi").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(l.word("title") + " — " + r.province() + " " + r.year())).append("</title><style>")
                .append("body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:1.5rem;color:#1b1b1b;max-width:1200px}")
                .append("h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #c8102e}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3}.num{text-align:right;white-space:nowrap}.score{font-size:2rem;font-weight:700}")
                .append(".ERROR{color:#a4001d;font-weight:600}.WARNING{color:#8a5a00;font-weight:600}.INFO{color:#245}")
                .append(".bar{background:#eee;height:.8rem;min-width:8rem}.bar span{display:block;height:100%;background:#1f6f43}")
                .append(".COMPLETE{color:#1f6f43}.MISSING{color:#a4001d}.note{color:#555;font-size:.85rem}");
        if (notes.present()) {
            h.append(".waived{color:#245;font-style:italic}.waived-finding{opacity:.75}");
        }
        h.append("</style></head><body>");
        h.append("<h1>").append(esc(l.word("title"))).append("</h1>");
        h.append("<p>").append(esc(l.word("province"))).append(": <strong>").append(esc(r.province())).append("</strong> · ")
                .append(esc(l.word("year"))).append(": <strong>").append(r.year()).append("</strong> · ")
                .append(esc(l.word("rules"))).append(": <code>").append(esc(r.rulesetVersion())).append("</code> · ")
                .append(esc(l.word("generated"))).append(": ").append(esc(r.generatedAt())).append("</p>");
        h.append("<p>").append(esc(l.word("projected"))).append(": <span class=\"score\">").append(l.number(r.projectedScore()))
                .append("</span> / ").append(l.number(r.maxScore()));
        if (r.scoreEstimated()) {
            h.append(" <strong class=\"estimated\">(").append(esc(l.word("estimated"))).append(")</strong>");
        }
        h.append("</p>");
        if (r.scoreEstimated()) {
            h.append("<p class=\"note\">").append(esc(l.word("estimatedTotal"))).append(": ").append(r.unverifiedComponents())
                    .append(" — ").append(l.number(r.estimatedPoints())).append(" ").append(esc(l.word("points"))).append("</p>");
        }
        var s = r.summary();
        h.append("<p>").append(esc(l.word("components"))).append(": ").append(s.components()).append(" — ")
                .append(esc(l.word("full"))).append(" ").append(s.full()).append(", ")
                .append(esc(l.word("partial"))).append(" ").append(s.partial()).append(", ")
                .append(esc(l.word("zero"))).append(" ").append(s.zero()).append(", ")
                .append(esc(l.word("ministry"))).append(" ").append(s.notRequired()).append(" · ")
                .append("<span class=\"ERROR\">").append(s.errors()).append(" ERROR</span>, <span class=\"WARNING\">")
                .append(s.warnings()).append(" WARNING</span>, ").append(s.infos()).append(" INFO</p>");
        if (r.indicators().stream().anyMatch(i -> i.maxPoints().signum() > 0 && !i.pointsVerified())) {
            h.append("<p class=\"note\">").append(esc(l.word("unverified"))).append("</p>");
        }
        h.append("<h2>").append(esc(l.word("mains"))).append("</h2><table><tr><th>").append(esc(l.word("main"))).append("</th><th>")
                .append(esc(l.word("points"))).append("</th><th></th><th>").append(esc(l.word("full"))).append("</th><th>")
                .append(esc(l.word("partial"))).append("</th><th>").append(esc(l.word("zero"))).append("</th></tr>");
        for (MainIndicatorResult m : r.mainIndicators()) {
            int pct = m.maxPoints() == null || m.maxPoints().signum() == 0 ? 0
                    : m.projectedPoints().multiply(BigDecimal.valueOf(100)).divide(m.maxPoints(), 0, RoundingMode.HALF_UP).intValue();
            h.append("<tr><td>").append(esc(m.code() + ". " + m.name())).append("</td><td class=\"num\">")
                    .append(l.number(m.projectedPoints())).append(" / ")
                    .append(l.number(m.maxPoints())).append("</td><td><div class=\"bar\" role=\"img\" aria-label=\"")
                    .append(pct).append("%\"><span style=\"width:").append(pct).append("%\"></span></div></td><td class=\"num\">")
                    .append(m.full()).append("</td><td class=\"num\">").append(m.partial()).append("</td><td class=\"num\">")
                    .append(m.zero()).append("</td></tr>");
        }
        h.append("</table>");
        if (!r.subtotals().isEmpty()) {
            h.append("<h2>").append(esc(l.word("subtotals"))).append("</h2><table>");
            for (Subtotal t : r.subtotals()) {
                h.append("<tr><td>").append(esc(t.name())).append("</td><td class=\"num\">").append(l.number(t.projectedPoints()))
                        .append(" / ").append(l.number(t.maxPoints())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>").append(esc(l.word("fixFirst"))).append("</h2>");
        findingTable(h, r.fixFirst(), l, true);
        h.append("<h2>").append(esc(l.word("components"))).append("</h2><table><tr><th>").append(esc(l.word("code")))
                .append("</th><th>").append(esc(l.word("name"))).append("</th><th>").append(esc(l.word("status")))
                .append("</th><th>").append(esc(l.word("points"))).append("</th>");
        if (notes.present()) {
            h.append("<th>").append(esc(l.text("report.department"))).append("</th><th>").append(esc(l.text("report.review")))
                    .append("</th><th>").append(esc(l.text("report.deadline"))).append("</th>");
        }
        h.append("<th>").append(esc(l.word("findings"))).append("</th></tr>");
        for (IndicatorResult i : r.indicators()) {
            h.append("<tr><td>").append(esc(i.code())).append("</td><td>").append(esc(i.name() == null ? "" : i.name()))
                    .append("</td><td class=\"").append(i.status().name()).append("\">").append(esc(l.word(i.status().name())))
                    .append("</td><td class=\"num\">").append(l.number(i.projectedPoints())).append(" / ").append(l.number(i.maxPoints()))
                    .append(i.estimated() ? " <em class=\"estimated\">(" + esc(l.word("estimated")) + ")</em>" : "")
                    .append("</td>");
            if (notes.present()) {
                ReviewNotes.Component c = notes.of(i.code());
                h.append("<td>").append(esc(c.department() == null ? l.text("report.noDepartment") : c.department()))
                        .append("</td><td class=\"review-").append(c.status()).append("\">").append(esc(l.text("status." + c.status())))
                        .append("</td><td>").append(esc(ReportLanguage.date(c.deadline()))).append("</td>");
            }
            h.append("<td>");
            for (ReportFinding f : i.findings()) {
                h.append(f.hasWaiver() ? "<div class=\"waived-finding\">" : "<div>")
                        .append("<span class=\"").append(f.severity()).append("\">").append(f.severity()).append(" ")
                        .append(esc(f.code())).append("</span> ").append(esc(l.message(f)));
                if (f.document() != null) {
                    h.append(" <em>").append(esc(f.document())).append("</em>");
                }
                if (l.fix(f) != null) {
                    h.append(" → ").append(esc(l.fix(f)));
                }
                if (f.hasWaiver()) {
                    h.append(" <strong class=\"waived\">").append(esc(l.waiverText(notes.waiver(f)))).append("</strong>");
                }
                h.append("</div>");
            }
            h.append("</td></tr>");
        }
        h.append("</table>");
        h.append("<h2>").append(esc(l.word("documents"))).append("</h2><table><tr><th>").append(esc(l.word("document")))
                .append("</th><th>").append(esc(l.word("docType"))).append("</th><th>").append(esc(l.word("number")))
                .append("</th><th>").append(esc(l.word("issuer"))).append("</th><th>").append(esc(l.word("issuedOn")))
                .append("</th><th>").append(esc(l.word("signer"))).append("</th><th>").append(esc(l.word("outcome"))).append("</th></tr>");
        for (DocumentEntry d : r.documents()) {
            h.append("<tr><td>").append(esc(d.path())).append("</td><td>").append(esc(d.docType())).append("</td><td>")
                    .append(esc(d.number())).append("</td><td>").append(esc(d.issuer())).append("</td><td>")
                    .append(esc(d.issuedOn())).append("</td><td>")
                    .append(esc(join(d.signerAuthority(), d.signerPosition(), d.signerName()))).append("</td><td>")
                    .append(esc(d.outcome())).append(d.reason() == null ? "" : ": " + esc(d.reason())).append("</td></tr>");
        }
        h.append("</table></body></html>");
        return h.toString();
    }

    private static void findingTable(StringBuilder h, java.util.List<ReportFinding> findings, ReportLanguage l, boolean withRisk) {
        h.append("<table><tr><th>").append(esc(l.word("code"))).append("</th><th>").append(esc(l.word("severity")))
                .append("</th><th>").append(esc(l.word("finding"))).append("</th><th>").append(esc(l.word("message")))
                .append("</th><th>").append(esc(l.word("fix"))).append("</th>");
        if (withRisk) {
            h.append("<th>").append(esc(l.word("atRisk"))).append("</th>");
        }
        h.append("</tr>");
        for (ReportFinding f : findings) {
            h.append("<tr><td>").append(esc(f.indicator())).append("</td><td class=\"").append(f.severity()).append("\">")
                    .append(f.severity()).append("</td><td>").append(esc(f.code())).append(f.document() == null ? "" : "<br><em>" + esc(f.document()) + "</em>")
                    .append("</td><td>").append(esc(l.message(f))).append("</td><td>").append(esc(l.fix(f))).append("</td>");
            if (withRisk) {
                h.append("<td class=\"num\">").append(l.number(f.pointsAtRisk())).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                s.append(s.length() == 0 ? "" : " ").append(p);
            }
        }
        return s.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
