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
                line(label("outcome"), e.outcome() + (e.reason() == null ? "" : " — " + e.reason()));
                line(label("type"), e.docType());
                line(label("number"), e.number());
                line(label("issuer"), e.issuer());
                line(label("parent"), e.parentIssuer());
                line(label("place"), e.place());
                line(label("issuedOn"), e.issuedOn() == null && Boolean.TRUE.equals(e.dateUnfilled()) ? "(" + label("blank") + ")" : e.issuedOn());
                line(label("subject"), e.subject());
                line(label("authority"), e.signerAuthority());
                line(label("position"), e.signerPosition());
                line(label("signer"), e.signerName());
                line(label("digitalSignatures"), String.valueOf(e.digitalSignatures()));
                line(label("copyForm"), e.copyForm());
                line(label("province"), e.province());
                line(label("pages"), String.valueOf(e.pages()));
                line("OCR", String.valueOf(e.ocr()));
                line(label("legacyEncoding"), e.legacyEncoding());
                line(label("recipients"), e.recipients() == null ? null : String.join("; ", e.recipients()));
                e.figures().forEach(f -> line(label("figure"), f.value() + (f.percent() ? "%" : f.unit() == null ? "" : " " + f.unit()) + " — " + f.phrase()));
                out.println();
            }
        }
        return 0;
    }

    /** A label in both languages, "vi / en" ({@code cli.extract.*}); OCR reads the same in both and stays as is. */
    private static String label(String key) {
        return Bilingual.of("cli.extract." + key).both();
    }

    private void line(String label, String value) {
        if (value != null) {
            out.printf("  %-32s %s%n", label, value);
        }
    }
}
