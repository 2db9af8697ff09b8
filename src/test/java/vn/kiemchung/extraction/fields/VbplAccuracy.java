package vn.kiemchung.extraction.fields;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.LegacyVietnameseEncoding;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Measures field extraction against the labelled vbpl.vn corpus (real central legal documents).
 * Labels come from the page title, not the body, so a perfect reader reaches the agreement
 * ceiling the corpus README states, not 100%.
 *
 * <p>Usage: {@code VbplAccuracy [corpus-dir] [-v]}; -v lists the mismatches.
 */
public final class VbplAccuracy {

    /** matched / total for one field. */
    public record Score(int matched, int total) {
        public double share() {
            return total == 0 ? 0 : (double) matched / total;
        }
    }

    /** Per field scores in print order, and the ceiling read from the README (0 when not stated). */
    public record Report(Map<String, Score> fields, double ceiling, int documents) {
    }

    private VbplAccuracy() {
    }

    /** The corpus folder: the shared location, or ../shared/corpus/vbpl beside the project. */
    public static Optional<Path> locate() {
        for (Path p : List.of(Path.of("/work/shared/corpus/vbpl"), Path.of("..", "shared", "corpus", "vbpl"))) {
            if (Files.isRegularFile(p.resolve("labels.tsv"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Report run(Path corpus, PrintStream mismatches) throws IOException {
        DocumentFieldReader reader = new DocumentFieldReader();
        int[][] counts = new int[5][2];
        String[] names = {"type", "number", "issuer", "subject", "date"};
        List<String> rows = Files.readAllLines(corpus.resolve("labels.tsv"), StandardCharsets.UTF_8);
        int documents = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c.length < 5 || c[0].isBlank()) {
                continue;
            }
            documents++;
            String raw = Files.readString(corpus.resolve(c[0]), StandardCharsets.UTF_8);
            Optional<String> legacy = LegacyVietnameseEncoding.detect(raw);
            String text = DocumentReader.readableText(raw, legacy.orElse(null));
            DocumentFields f = reader.read(text);
            String type = DocumentFields.valueOf(f.docType());
            String number = DocumentFields.valueOf(f.number());
            String issuer = DocumentFields.valueOf(f.issuer());
            String subject = DocumentFields.valueOf(f.subject());
            tally(counts[0], c[1], DocumentTypes.code(c[1]).equals(type), c[0], type, mismatches, "type");
            tally(counts[1], c[2], c[2].replaceAll("\\s+", "").equals(number), c[0], number, mismatches, "number");
            tally(counts[2], c[3], issuer != null && VietnameseText.mentions(issuer, c[3]), c[0], issuer, mismatches,
                    "issuer");
            tally(counts[3], c[4], subject != null && comparable(subject).equals(comparable(c[4])), c[0], subject,
                    mismatches, "subject");
            // the labels carry no issue date: counted as not labelled
        }
        Map<String, Score> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            fields.put(names[i], new Score(counts[i][0], counts[i][1]));
        }
        return new Report(fields, ceiling(corpus), documents);
    }

    private static void tally(int[] count, String label, boolean matched, String file, String got,
                              PrintStream mismatches, String field) {
        if (label == null || label.isBlank()) {
            return;
        }
        count[1]++;
        if (matched) {
            count[0]++;
        } else if (mismatches != null) {
            mismatches.printf("%s\t%s\tlabel=%s\tgot=%s%n", field, file, label, got);
        }
    }

    /** Subjects are compared folded and without punctuation: labels and bodies differ in case. */
    private static String comparable(String s) {
        return VietnameseText.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** "about 94% in agreement" in the README → 0.94. */
    static double ceiling(Path corpus) throws IOException {
        Path readme = corpus.resolve("README.md");
        if (!Files.exists(readme)) {
            return 0;
        }
        Matcher m = Pattern.compile("about (\\d{2})% in agreement").matcher(
                Files.readString(readme, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
        return m.find() ? Integer.parseInt(m.group(1)) / 100.0 : 0;
    }

    static void print(Report report, PrintStream out) {
        out.printf("vbpl corpus: %d documents; label/body agreement ceiling %.0f%%%n", report.documents(),
                report.ceiling() * 100);
        report.fields().forEach((name, s) -> {
            if (s.total() == 0) {
                out.printf("%-8s not labelled%n", name);
            } else {
                out.printf("%-8s %3d / %3d = %.3f%n", name, s.matched(), s.total(), s.share());
            }
        });
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Optional<Path> corpus = List.of(args).stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of)
                .or(VbplAccuracy::locate);
        if (corpus.isEmpty()) {
            System.err.println("vbpl corpus not found (looked in /work/shared/corpus/vbpl and ../shared/corpus/vbpl)");
            System.exit(2);
        }
        print(run(corpus.get(), verbose ? System.out : null), System.out);
    }
}
