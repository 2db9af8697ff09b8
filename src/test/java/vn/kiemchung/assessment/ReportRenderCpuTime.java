package vn.kiemchung.assessment;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Rendering a large dossier's JSON report (300 files, 700 figures each: about 45 MB, as {@code bench --files 300}
 * writes), by {@link ReportJson#bytes} (its own printer, the documents on all cores) and, as its peer in the same
 * run, by Jackson's default pretty printer on one thread. Wall time and the process's CPU time (all threads),
 * alternating the two, so a shared machine's noise hits both alike.
 *
 * <p>Usage, with the command line's JIT settings:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <test classpath> vn.kiemchung.assessment.ReportRenderCpuTime [rounds]}.
 */
public final class ReportRenderCpuTime {

    private ReportRenderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        AuditReport report = ReportJsonTest.report(300, 700);
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] ours = new long[2];
        long[] theirs = new long[2];
        int bytes = 0;
        for (int round = -2; round < rounds; round++) { // two rounds of warm-up
            long c0 = cpu.getProcessCpuTime();
            long w0 = System.nanoTime();
            bytes = ReportJson.bytes(report).length;
            long c1 = cpu.getProcessCpuTime();
            long w1 = System.nanoTime();
            ReportJsonTest.DEFAULT_LAYOUT.writeValueAsBytes(report);
            long c2 = cpu.getProcessCpuTime();
            long w2 = System.nanoTime();
            if (round >= 0) {
                ours[0] += w1 - w0;
                ours[1] += c1 - c0;
                theirs[0] += w2 - w1;
                theirs[1] += c2 - c1;
            }
        }
        System.out.printf(Locale.ROOT, "report of %,d bytes, %d rounds, per round: ReportJson.bytes %.0f ms wall / %.0f CPU-ms,"
                + " default printer %.0f ms wall / %.0f CPU-ms; ratio %.2f wall, %.2f CPU%n", bytes, rounds, ours[0] / 1e6 / rounds,
                ours[1] / 1e6 / rounds, theirs[0] / 1e6 / rounds, theirs[1] / 1e6 / rounds, (double) ours[0] / theirs[0],
                (double) ours[1] / theirs[1]);
    }
}
