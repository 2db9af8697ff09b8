package vn.kiemchung.extraction.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.LegacyVietnameseEncoding;
import vn.kiemchung.extraction.VietnameseText;
import vn.kiemchung.extraction.fields.DocumentFieldReader;
import vn.kiemchung.extraction.fields.FieldsProbe;

/**
 * JMH benchmarks of the Vietnamese analysis each document goes through after parsing (issue 17,
 * item 1): one benchmark per step, each over a whole set of documents (see {@link BenchTexts}).
 * Run with {@link #main}, which prints the JMH table and then each step's speed in millions of
 * characters per second (the "MB/s" of BENCHMARKS.md): how to run is in BENCHMARKS.md section 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class TextAnalysisBench {

    /** Same as DocumentReader's sample for the quality score. */
    private static final int QUALITY_SAMPLE = 20_000;

    @Param({"bench", "prose", "vbpl", "tcvn3"})
    public String texts;

    private List<String> raw;
    private List<String> legacy;
    private List<String> normalized;
    private final DocumentFieldReader fieldReader = new DocumentFieldReader();

    @Setup
    public void setUp() {
        raw = BenchTexts.documents(texts);
        legacy = new ArrayList<>();
        normalized = new ArrayList<>();
        for (String r : raw) {
            String l = LegacyVietnameseEncoding.detect(r).orElse(null);
            legacy.add(l);
            normalized.add(DocumentReader.readableText(r, l));
        }
    }

    /** Legacy-encoding detection on the raw text. */
    @Benchmark
    public void detectEncoding(Blackhole bh) {
        for (String r : raw) {
            bh.consume(LegacyVietnameseEncoding.detect(r));
        }
    }

    /** Conversion from the legacy encoding (when detected) and normalisation: DocumentReader.readableText. */
    @Benchmark
    public void normalize(Blackhole bh) {
        for (int i = 0; i < raw.size(); i++) {
            bh.consume(DocumentReader.readableText(raw.get(i), legacy.get(i)));
        }
    }

    /** Folding (lower case, no diacritics) of the normalised text, as keyword questions need it. */
    @Benchmark
    public void fold(Blackhole bh) {
        for (String n : normalized) {
            bh.consume(VietnameseText.fold(n));
        }
    }

    /** The text-quality score on the sample DocumentReader takes. */
    @Benchmark
    public void quality(Blackhole bh) {
        for (String n : normalized) {
            bh.consume(VietnameseText.syllableQuality(n.length() > QUALITY_SAMPLE ? n.substring(0, QUALITY_SAMPLE) : n));
        }
    }

    /** The figures of the normalised text (lines cut included). */
    @Benchmark
    public void figures(Blackhole bh) {
        for (String n : normalized) {
            bh.consume(FieldsProbe.figures(n));
        }
    }

    /** Every Decree 30 field, figures included. */
    @Benchmark
    public void fields(Blackhole bh) {
        for (String n : normalized) {
            bh.consume(fieldReader.read(n, false));
        }
    }

    /** The whole analysis DocumentReader.interpret does after parsing: detect, readable text, quality, fields. */
    @Benchmark
    public void wholeAnalysis(Blackhole bh) {
        for (String r : raw) {
            String l = LegacyVietnameseEncoding.detect(r).orElse(null);
            String n = DocumentReader.readableText(r, l);
            bh.consume(VietnameseText.syllableQuality(n.length() > QUALITY_SAMPLE ? n.substring(0, QUALITY_SAMPLE) : n));
            bh.consume(fieldReader.read(n, false));
        }
    }

    /**
     * Runs the benchmarks (JMH command-line options are accepted, e.g. {@code -p texts=bench} or a
     * benchmark name pattern) and prints each result in millions of characters per second.
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        var options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(TextAnalysisBench.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %-6s %10s %12s %10s%n", "step", "texts", "chars", "ms/op", "Mchar/s");
        for (RunResult r : results) {
            String kind = r.getParams().getParam("texts");
            int chars = BenchTexts.chars(BenchTexts.documents(kind));
            double ms = r.getPrimaryResult().getScore();
            String name = r.getParams().getBenchmark();
            System.out.printf(Locale.ROOT, "%-16s %-6s %10d %12.3f %10.1f%n", name.substring(name.lastIndexOf('.') + 1),
                    kind, chars, ms, chars / ms / 1000.0);
        }
    }
}
