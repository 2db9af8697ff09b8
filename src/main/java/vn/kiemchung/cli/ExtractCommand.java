package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.kiemchung.assessment.DocumentEntry;
import vn.kiemchung.assessment.FiledDocument;
import vn.kiemchung.assessment.ReportJson;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.TextExtractor;

/** {@code extract FILE...}: what is read from files, without a dossier. */
final class ExtractCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, Set.of("format"), Set.of("no-cache"));
        if (options.positionals().isEmpty()) {
            throw new UsageException(Bilingual.of("cli.extract.noFile"));
        }
        String format = options.get("format", "text");
        if (!Set.of("text", "json").contains(format)) {
            throw new UsageException(Bilingual.of("cli.unsupportedFormat", format));
        }
        for (String given : options.positionals()) {
            if (!Files.isRegularFile(Path.of(given))) {
                throw new UsageException(Bilingual.of("cli.noSuchFile", given));
            }
        }
        List<DocumentEntry> entries = new ArrayList<>();
        try (TextExtractor extractor = CliEnvironment.extractor()) {
            DocumentReader reader = CliEnvironment.reader(extractor, options);
            for (String given : options.positionals()) {
                Path file = Path.of(given);
                entries.add(DocumentEntry.of(new FiledDocument(given, null, reader.read(file, file.getFileName().toString()))));
            }
        }
        if (format.equals("json")) {
            out.println(ReportJson.write(entries));
        } else {
            for (DocumentEntry e : entries) {
                out.println(e.path());
                line(Bilingual.of("cli.extract.outcome").both(), e.outcome() + (e.reason() == null ? "" : " — " + e.reason()));
                line(Bilingual.of("cli.extract.type").both(), e.docType());
                line(Bilingual.of("cli.extract.number").both(), e.number());
                line(Bilingual.of("cli.extract.issuer").both(), e.issuer());
                line(Bilingual.of("cli.extract.parent").both(), e.parentIssuer());
                line(Bilingual.of("cli.extract.place").both(), e.place());
                line(Bilingual.of("cli.extract.issuedOn").both(), e.issuedOn() == null && Boolean.TRUE.equals(e.dateUnfilled()) ? "(" + Bilingual.of("cli.extract.blank").both() + ")" : e.issuedOn());
                line(Bilingual.of("cli.extract.subject").both(), e.subject());
                line(Bilingual.of("cli.extract.authority").both(), e.signerAuthority());
                line(Bilingual.of("cli.extract.position").both(), e.signerPosition());
                line(Bilingual.of("cli.extract.signer").both(), e.signerName());
                line(Bilingual.of("cli.extract.digitalSignatures").both(), String.valueOf(e.digitalSignatures()));
                line("sao / copy form", e.copyForm());
                line(Bilingual.of("cli.extract.province").both(), e.province());
                line("trang / pages", String.valueOf(e.pages()));
                line("OCR", String.valueOf(e.ocr()));
                line(Bilingual.of("cli.extract.legacyEncoding").both(), e.legacyEncoding());
                line(Bilingual.of("cli.extract.recipients").both(), e.recipients() == null ? null : String.join("; ", e.recipients()));
                e.figures().forEach(f -> line(Bilingual.of("cli.extract.figure").both(), f.value() + (f.percent() ? "%" : f.unit() == null ? "" : " " + f.unit()) + " — " + f.phrase()));
                out.println();
            }
        }
        return 0;
    }

    private void line(String label, String value) {
        if (value != null) {
            out.printf("  %-32s %s%n", label, value);
        }
    }
}
