package vn.kiemchung.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The steps of {@link TextAnalysisBench} timed by the CPU time of the running thread instead of
 * the wall clock: on a machine whose two cores are shared with other builds, wall-clock JMH scores
 * move by several times from run to run, while CPU time per operation stays within about 20 %.
 * Each step is warmed up for 3 CPU-seconds, then measured over at least 4 CPU-seconds.
 *
 * <p>Usage: {@code TextAnalysisCpuTime [kinds, e.g. bench,vbpl] [steps, e.g. figures,fields]}.
 */
public final class TextAnalysisCpuTime {

    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;

    private TextAnalysisCpuTime() {
    }

    public static void main(String[] args) {
        List<String> kinds = List.of((args.length > 0 ? args[0] : "bench,prose,vbpl,tcvn3").split(","));
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-16s %-6s %10s %14s %12s%n", "step", "texts", "chars", "CPU ms/op", "Mchar/CPU-s");
        for (String kind : kinds) {
            TextAnalysisBench b = new TextAnalysisBench();
            b.texts = kind;
            b.setUp();
            int chars = BenchTexts.chars(BenchTexts.documents(kind));
            Map<String, Consumer<Blackhole>> steps = new LinkedHashMap<>();
            steps.put("detectEncoding", b::detectEncoding);
            steps.put("normalize", b::normalize);
            steps.put("fold", b::fold);
            steps.put("quality", b::quality);
            steps.put("figures", b::figures);
            steps.put("fields", b::fields);
            steps.put("wholeAnalysis", b::wholeAnalysis);
            for (var step : steps.entrySet()) {
                if (!only.isEmpty() && !only.contains(step.getKey())) {
                    continue;
                }
                run(step.getValue(), bh, threads, WARMUP_NANOS);
                long[] measured = run(step.getValue(), bh, threads, MEASURE_NANOS);
                double msPerOp = measured[0] / 1e6 / measured[1];
                System.out.printf(Locale.ROOT, "%-16s %-6s %10d %14.3f %12.1f%n", step.getKey(), kind, chars, msPerOp,
                        chars / msPerOp / 1000.0);
            }
        }
    }

    /** Runs the step until the CPU budget is spent; returns CPU nanoseconds and operations. */
    private static long[] run(Consumer<Blackhole> step, Blackhole bh, ThreadMXBean threads, long budget) {
        long start = threads.getCurrentThreadCpuTime();
        long ops = 0;
        long used;
        do {
            step.accept(bh);
            ops++;
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        return new long[] {used, ops};
    }
}
