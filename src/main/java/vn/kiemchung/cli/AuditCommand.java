package vn.kiemchung.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.FolderAudit;
import vn.kiemchung.assessment.ReportJson;
import vn.kiemchung.extraction.TextExtractor;
import vn.kiemchung.rules.RuleBook;

/** {@code audit <dossier-folder-or-zip>}: the pre-submission check. */
final class AuditCommand {

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, Set.of("format", "out", "rules", "threads"), Set.of("no-cache", "quiet"));
        if (options.positionals().size() != 1) {
            throw new UsageException("cần đúng một thư mục hoặc tệp zip hồ sơ", "give exactly one dossier folder or zip");
        }
        String format = options.get("format", "text");
        if (!Set.of("text", "json").contains(format)) {
            throw new UsageException("định dạng không hỗ trợ: " + format, "unsupported format: " + format);
        }
        Path dossier = Path.of(options.positionals().get(0));
        Path rulesRoot = CliEnvironment.rulesRoot(options);
        int threads = Integer.parseInt(options.get("threads", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors()))));
        TerminalProgress progress = new TerminalProgress(err, !options.has("quiet") && System.console() != null);
        AuditReport report;
        try (TextExtractor extractor = CliEnvironment.extractor()) {
            FolderAudit audit = new FolderAudit(CliEnvironment.reader(extractor, options),
                    year -> CliEnvironment.catalogue(rulesRoot, year), new RuleBook(rulesRoot), threads, progress);
            report = audit.audit(dossier);
        }
        progress.done();
        String rendered = format.equals("json") ? ReportJson.write(report) : TextReport.render(report);
        if (options.has("out")) {
            try {
                Files.writeString(Path.of(options.get("out", null)), rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("không ghi được " + options.get("out", null), "cannot write " + options.get("out", null) + ": " + e.getMessage());
            }
        } else {
            out.println(rendered);
        }
        return report.hasErrors() ? 1 : 0;
    }
}
