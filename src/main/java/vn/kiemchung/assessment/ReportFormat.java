package vn.kiemchung.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats an audit report is written in, one place for the command line and the server: how each is
 * rendered, its media type and its file extension.
 */
public enum ReportFormat {
    TEXT("text/plain; charset=UTF-8", "txt"),
    JSON("application/json", "json"),
    HTML("text/html; charset=UTF-8", "html"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named {@code name} ("json", "PDF"…), if it is one. */
    public static Optional<ReportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** The names as users type them: "text, json, html, xlsx, pdf". */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Written to a file rather than a terminal. */
    public boolean binary() {
        return this == XLSX || this == PDF;
    }

    /** The report alone, as the command line has it (no review). */
    public byte[] render(AuditReport report, ReportLanguage language) {
        return render(report, language, ReviewNotes.NONE);
    }

    /** The report with what the review adds on the server: each component's status, department and deadline, and waivers. */
    public byte[] render(AuditReport report, ReportLanguage language, ReviewNotes notes) {
        return switch (this) {
            case TEXT -> TextReport.render(report).getBytes(StandardCharsets.UTF_8);
            case JSON -> ReportJson.bytes(report);
            case HTML -> HtmlReport.render(report, language, notes).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxReport.render(report, language, notes);
            case PDF -> PdfReport.render(report, language, notes);
        };
    }
}
