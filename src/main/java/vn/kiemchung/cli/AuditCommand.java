package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.FolderAudit;
import vn.kiemchung.assessment.ReportFormat;
import vn.kiemchung.assessment.ReportLanguage;
import vn.kiemchung.extraction.TextExtractor;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleSource;

/** {@code audit <dossier-folder-or-zip>}: the pre-submission check. */
final class AuditCommand {

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Seconds since the command started (the first JVM's start when it was relaunched), for --timings. */
    private static double sinceStart() {
        return (System.currentTimeMillis() - Relaunch.startedAt()) / 1000.0;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, Set.of("format", "out", "rules", "threads", "lang"), Set.of("no-cache", "quiet", "timings"));
        if (options.positionals().size() != 1) {
            throw new UsageException(Bilingual.of("cli.audit.oneDossier"));
        }
        String formatName = options.get("format", "text");
        ReportFormat format = ReportFormat.of(formatName).orElseThrow(() -> new UsageException(
                Bilingual.of("cli.unsupportedFormatOf", formatName, ReportFormat.names().toString())));
        Path dossier = Path.of(options.positionals().get(0));
        RuleSource rules = CliEnvironment.rulesSource(options);
        Path rulesRoot = rules.root();
        int threads = Integer.parseInt(options.get("threads", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors()))));
        TerminalProgress bar = new TerminalProgress(err, !options.has("quiet") && System.console() != null);
        boolean timings = options.has("timings");
        if (timings) {
            err.printf("[%.2f s] %s%n", sinceStart(), Relaunch.describe());
        }
        FolderAudit.Progress progress = (done, total, path) -> {
            bar.fileRead(done, total, path);
            if (timings && (done == 1 || done == total)) {
                err.printf("[%.2f s] %d/%d files read%n", sinceStart(), done, total);
            }
        };
        ReportLanguage language = ReportLanguage.of(options.get("lang", "vi"));
        // Same files, same rules, same program: the previous report is the answer, nothing is read again.
        PreviousReports previous = options.has("no-cache") ? null
                : new PreviousReports(CliEnvironment.cacheFolder().resolve("reports"));
        String key = previous == null ? null : PreviousReports.key(dossier, rules, format.id(), language.name());
        PreviousReports.Kept kept = previous == null ? null : previous.find(key).orElse(null);
        if (kept != null) {
            if (timings) {
                err.printf("[%.2f s] report reused: the dossier's files and the rules are unchanged%n", sinceStart());
            }
        } else {
            AuditReport report;
            try (TextExtractor extractor = CliEnvironment.extractor()) {
                FolderAudit audit = new FolderAudit(CliEnvironment.reader(extractor, options),
                        year -> CliEnvironment.catalogue(rulesRoot, year), CliEnvironment.ruleBook(rules, options), threads, progress);
                report = audit.audit(dossier);
                if (timings) {
                    err.printf("[%.2f s] rules evaluated%n", sinceStart());
                }
            }
            bar.done();
            if (timings) {
                err.printf("[%.2f s] audit done (rules %s)%n", sinceStart(), report.rulesetVersion());
            }
            byte[] fresh = format.render(report, language);
            if (timings) {
                err.printf("[%.2f s] report rendered (%,d bytes)%n", sinceStart(), fresh.length);
            }
            kept = new PreviousReports.Kept(fresh, report.hasErrors() ? 1 : 0);
            if (previous != null) {
                previous.keep(key, kept);
            }
        }
        byte[] rendered = kept.rendered();
        String target = options.get("out", format.binary() ? "kiemchung-report." + format.extension() : null);
        if (target != null) {
            try {
                Files.write(Path.of(target), rendered);
            } catch (IOException e) {
                throw new UsageException(Bilingual.of("cli.cannotWrite", target.toString(), String.valueOf(e.getMessage())));
            }
            if (!options.has("out")) {
                err.println(Bilingual.of("cli.written").both() + ": " + target);
            }
        } else {
            out.println(new String(rendered, StandardCharsets.UTF_8));
        }
        if (timings) {
            err.printf("[%.2f s] report written%n", sinceStart());
        }
        return kept.exit();
    }
}
