package vn.kiemchung.assessment;

import java.util.Map;

/** The words of the reports, Vietnamese first, with an English option. */
public enum ReportLanguage {
    VI, EN;

    public static ReportLanguage of(String code) {
        return code != null && code.toLowerCase().startsWith("en") ? EN : VI;
    }

    /** Points as the reader writes numbers, two decimals: "17,86" and "1.000,00" in Vietnamese, "17.86" and "1,000.00" in English. */
    public String number(java.math.BigDecimal value) {
        if (value == null) {
            return "?";
        }
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(this == EN ? '.' : ',');
        symbols.setGroupingSeparator(this == EN ? ',' : '.');
        return new java.text.DecimalFormat("#,##0.00", symbols).format(value);
    }

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Báo cáo kiểm tra tài liệu kiểm chứng DTI", "DTI evidence audit report"}),
            Map.entry("province", new String[] {"Tỉnh", "Province"}),
            Map.entry("year", new String[] {"Năm đánh giá", "Assessment year"}),
            Map.entry("rules", new String[] {"Phiên bản luật", "Rule set"}),
            Map.entry("generated", new String[] {"Thời điểm lập", "Generated"}),
            Map.entry("projected", new String[] {"Điểm dự kiến", "Projected score"}),
            Map.entry("max", new String[] {"Điểm tối đa", "Maximum"}),
            Map.entry("components", new String[] {"Chỉ số thành phần", "Components"}),
            Map.entry("full", new String[] {"Đủ điểm", "Full points"}),
            Map.entry("partial", new String[] {"Một phần", "Partial"}),
            Map.entry("zero", new String[] {"0 điểm", "Zero"}),
            Map.entry("ministry", new String[] {"Bộ đo/khảo sát", "Ministry-measured"}),
            Map.entry("notAssessed", new String[] {"Điểm do Bộ chấm (không dự kiến)", "Points the ministry measures (not projected)"}),
            Map.entry("mains", new String[] {"Theo chỉ số chính", "By main indicator"}),
            Map.entry("subtotals", new String[] {"Theo nhóm và trụ cột", "By group and pillar"}),
            Map.entry("main", new String[] {"Chỉ số chính", "Main indicator"}),
            Map.entry("fixFirst", new String[] {"Cần sửa trước (theo điểm có nguy cơ mất)", "Fix first (by points at risk)"}),
            Map.entry("code", new String[] {"Mã", "Code"}),
            Map.entry("name", new String[] {"Tên chỉ số", "Indicator"}),
            Map.entry("status", new String[] {"Trạng thái", "Status"}),
            Map.entry("points", new String[] {"Điểm", "Points"}),
            Map.entry("atRisk", new String[] {"Điểm có nguy cơ", "Points at risk"}),
            Map.entry("severity", new String[] {"Mức", "Severity"}),
            Map.entry("finding", new String[] {"Phát hiện", "Finding"}),
            Map.entry("document", new String[] {"Tài liệu", "Document"}),
            Map.entry("message", new String[] {"Nội dung", "Message"}),
            Map.entry("fix", new String[] {"Cách khắc phục", "How to fix"}),
            Map.entry("rule", new String[] {"Luật", "Rule"}),
            Map.entry("documents", new String[] {"Tài liệu đã đọc", "Documents read"}),
            Map.entry("docType", new String[] {"Loại", "Type"}),
            Map.entry("number", new String[] {"Số, ký hiệu", "Number"}),
            Map.entry("issuer", new String[] {"Cơ quan ban hành", "Issuer"}),
            Map.entry("issuedOn", new String[] {"Ngày ban hành", "Issued on"}),
            Map.entry("signed", new String[] {"Đã ký", "Signed"}),
            Map.entry("signer", new String[] {"Người ký", "Signer"}),
            Map.entry("outcome", new String[] {"Đọc tệp", "Read"}),
            Map.entry("summary", new String[] {"Tổng hợp", "Summary"}),
            Map.entry("findings", new String[] {"Phát hiện", "Findings"}),
            Map.entry("unverified", new String[] {"Điểm thành phần là ước tính, chưa đối chiếu bảng chính thức.",
                    "Component points are estimates, not yet checked against the official table."}),
            Map.entry("estimated", new String[] {"ước tính", "estimated"}),
            Map.entry("estimatedTotal", new String[] {"Điểm ước tính: chỉ số thành phần chưa đối chiếu bảng chính thức",
                    "Estimated score: components not checked against the official table"}),
            Map.entry("citation", new String[] {"Trích dẫn tài liệu kiểm chứng", "Evidence citations"}),
            Map.entry("COMPLETE", new String[] {"Đạt", "Complete"}),
            Map.entry("WEAK", new String[] {"Chưa đạt đủ", "Weak"}),
            Map.entry("MISSING", new String[] {"Thiếu tài liệu", "Missing"}),
            Map.entry("NOT_REQUIRED", new String[] {"Bộ chấm / không yêu cầu", "Not required"}),
            Map.entry("yes", new String[] {"có", "yes"}),
            Map.entry("no", new String[] {"không", "no"}));

    public String word(String key) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[ordinal()];
    }

    /** A text of messages.properties (Vietnamese) or messages_en.properties, {0}… filled with {@code args}. */
    public String text(String key, Object... args) {
        vn.kiemchung.platform.Bilingual b = vn.kiemchung.platform.Bilingual.of(key, args);
        return this == EN ? b.en() : b.vi();
    }

    /** dd/MM/yyyy, as every page and report writes a date. */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** "Miễn trừ: lý do — người, dd/MM/yyyy", or just "Miễn trừ" when the server did not say who and why. */
    public String waiverText(ReviewNotes.WaiverNote w) {
        return w == null ? text("report.waived") : text("report.waivedBy", w.reason(), w.author(), date(w.on()));
    }

    public String message(ReportFinding f) {
        return this == EN && f.messageEn() != null ? f.messageEn() : f.message();
    }

    public String fix(ReportFinding f) {
        return this == EN && f.fixEn() != null ? f.fixEn() : f.fix();
    }
}
