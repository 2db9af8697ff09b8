package vn.kiemchung.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.kiemchung.platform.FileTrees;
import vn.kiemchung.assessment.FolderAudit;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.ExtractionCache;
import vn.kiemchung.extraction.FolderExtractionCache;
import vn.kiemchung.extraction.MemoryExtractionCache;
import vn.kiemchung.extraction.TextExtractor;
import vn.kiemchung.rules.RuleBook;

/**
 * {@code bench}: builds a dossier of text PDFs and times, in one run, (a) plain Tika extraction
 * on 2 threads, (b) a cold {@code audit} (an empty cache folder: the jar unpacked first), (b') the first
 * audit of the dossier by an installed program ({@code --no-cache}), all as whole processes, and (c) re-audits after a rule
 * change, as a whole process and inside a warm process (the server's case).
 */
final class BenchCommand {

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws Exception {
        Options options = Options.parse(args, Set.of("files", "dir", "rules", "xmx", "pages"), Set.of("keep", "ocr"));
        if (options.has("ocr")) {
            return new OcrBench(out).run(Integer.parseInt(options.get("pages", "10")));
        }
        int files = Integer.parseInt(options.get("files", "300"));
        Path work = options.has("dir") ? Path.of(options.get("dir", null)) : Files.createTempDirectory("kiemchung-bench");
        Path dossier = work.resolve("dossier");
        Path rules = work.resolve("rules");
        Path cache = work.resolve("cache");
        Path sourceRules = CliEnvironment.rulesRoot(options);
        try {
            long t0 = System.nanoTime();
            // The same seed gives the same files: a kept --dir is reused instead of written again.
            if (!Files.isRegularFile(dossier.resolve("dossier.yaml")) || countPdfs(dossier) != files) {
                BenchDossier.write(dossier, files, 2026);
            }
            FileTrees.deleteQuietly(rules);
            FileTrees.deleteQuietly(cache);
            FileTrees.copy(sourceRules, rules);
            long bytes = size(dossier);
            out.printf("dossier: %d text PDFs (1–20 pages), %.1f MB, written in %.1f s%n", files, bytes / 1e6, secs(t0));

            Run a = process(List.of("__bench-tika", dossier.toString(), "2"), null, null);
            out.printf("(a) plain Tika, 2 threads, whole process:        %6.2f s   CPU %6.2f s   peak RSS %4d MB%n", a.seconds,
                    a.cpuSeconds, a.peakRssMb);
            Run b = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("b.json").toString(),
                    "--rules", rules.toString(), "--timings"), cache, null, work.resolve("b.err"));
            out.printf("(b) audit, cold cache, whole process:            %6.2f s   CPU %6.2f s   peak RSS %4d MB   = %.2f × (a) wall, %.2f × (a) CPU%n",
                    b.seconds, b.cpuSeconds, b.peakRssMb, b.seconds / a.seconds, b.cpuSeconds / a.cpuSeconds);
            out.printf("(b) first file read %s after the JVM started%n", firstFileRead(work.resolve("b.err")));
            // The "first audit": a dossier never read before, by an installed program (the jar unpacked and
            // its class-data archive written by an earlier command, here (b)), nothing taken from the cache folder.
            awaitArchives(cache);
            Run b1 = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("b1.json").toString(),
                    "--rules", rules.toString(), "--timings", "--no-cache"), cache, null, work.resolve("b1.err"));
            out.printf("(b') first audit of the dossier, --no-cache, jar already unpacked: %6.2f s   CPU %6.2f s   peak RSS %4d MB   = %.2f × (a) wall, %.2f × (a) CPU%n",
                    b1.seconds, b1.cpuSeconds, b1.peakRssMb, b1.seconds / a.seconds, b1.cpuSeconds / a.cpuSeconds);
            out.printf("(b') first file read %s after the JVM started%n", firstFileRead(work.resolve("b1.err")));
            Run c0 = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("c0.json").toString(),
                    "--rules", rules.toString()), cache, null);
            out.printf("(c0) re-audit, nothing changed, whole process:    %6.2f s   CPU %6.2f s   = (b) / %.1f%n", c0.seconds,
                    c0.cpuSeconds, b.seconds / c0.seconds);
            Path reports = cache.resolve("reports");
            FileTrees.deleteQuietly(reports);
            Run c00 = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("c00.json").toString(),
                    "--rules", rules.toString()), cache, null);
            out.printf("(c0') re-audit, previous report removed (rules kept compiled, extraction cached), whole process: %6.2f s   CPU %6.2f s%n",
                    c00.seconds, c00.cpuSeconds);
            changeRule(rules);
            Run c1 = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("c.json").toString(),
                    "--rules", rules.toString()), cache, null);
            out.printf("(c1) re-audit after a rule change, whole process: %6.2f s   CPU %6.2f s   = (b) / %.1f%n", c1.seconds,
                    c1.cpuSeconds, b.seconds / c1.seconds);
            double[] c2 = warmReaudit(dossier, rules, cache);
            out.printf("(c2) re-audit after a rule change, warm process:  %6.3f s   CPU %6.3f s   = (b) / %.0f%n", c2[0], c2[1],
                    b.seconds / c2[0]);
            String xmx = options.get("xmx", "512m");
            Run d = process(List.of("audit", dossier.toString(), "--format", "json", "--out", work.resolve("d.json").toString(),
                    "--rules", rules.toString(), "--no-cache"), null, "-Xmx" + xmx);
            out.printf("(d) audit with -Xmx%s, no cache, whole process:  %6.2f s   CPU %6.2f s   peak RSS %4d MB   exit %d%n", xmx,
                    d.seconds, d.cpuSeconds, d.peakRssMb, d.exit);
            return 0;
        } finally {
            if (!options.has("keep") && !options.has("dir")) {
                FileTrees.deleteQuietly(work);
            }
        }
    }

    /** The server's case: the extraction of every file is already known; only the rules changed. */
    /** Wall and CPU seconds (this JVM and its children) of the reload and audit. */
    private double[] warmReaudit(Path dossier, Path rules, Path cache) {
        ExtractionCache memory = new MemoryExtractionCache(new FolderExtractionCache(cache), 10_000);
        RuleBook book = new RuleBook(rules);
        try (TextExtractor extractor = CliEnvironment.extractor()) {
            FolderAudit audit = new FolderAudit(new DocumentReader(extractor, memory),
                    year -> CliEnvironment.catalogue(rules, year), book, 2, FolderAudit.Progress.NONE);
            audit.audit(dossier);
            audit.audit(dossier);
            changeRule(rules);
            long t = System.nanoTime();
            long cpu = ownCpuNanos();
            book.reload(2023);
            double reload = secs(t);
            double reloadCpu = (ownCpuNanos() - cpu) / 1e9;
            audit.audit(dossier);
            double all = secs(t);
            double allCpu = (ownCpuNanos() - cpu) / 1e9;
            out.printf("(c2) split: rules recompiled %.3f s (CPU %.3f s), then the audit with every extraction known %.3f s (CPU %.3f s)%n",
                    reload, reloadCpu, all - reload, allCpu - reloadCpu);
            return new double[] {all, allCpu};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void changeRule(Path rules) throws IOException {
        Path drl = rules.resolve("common").resolve("bench-change.drl");
        String name = "BENCH_NOTE a changed rule " + System.nanoTime();
        Files.writeString(drl, """
                package rules.kiemchung;
                import vn.kiemchung.rules.DocumentFact;
                import vn.kiemchung.rules.Finding;
                rule "%s"
                when
                    $d : DocumentFact( pages > 19 )
                then
                    insert( Finding.about( kcontext, "INFO", "BENCH_NOTE", $d, "tài liệu dài", "a long document" ) );
                end
                """.formatted(name), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** @param cpuSeconds user + system CPU of the process and every process it started (parse and OCR children) */
    private record Run(double seconds, double cpuSeconds, long peakRssMb, int exit) {
    }

    private static Run process(List<String> args, Path cache, String jvmOption) throws Exception {
        return process(args, cache, jvmOption, null);
    }

    /**
     * Waits (at most two minutes) for the class-data archives the first command leaves: the parse children's, which
     * the first child writes as it ends, and the command line's, which a background process makes from the classes
     * the command listed (vn.kiemchung.launch.CommandArchive); both may be written after that command ended.
     */
    private static void awaitArchives(Path cache) throws IOException, InterruptedException {
        Path runtime = cache.resolve("runtime");
        for (int i = 0; i < 1200; i++) {
            try (Stream<Path> dirs = Files.isDirectory(runtime) ? Files.list(runtime) : Stream.empty()) {
                boolean written = dirs.filter(Files::isDirectory).anyMatch(d -> headerWritten(d.resolve("parse-child.jsa"))
                        && Files.notExists(vn.kiemchung.launch.SecondJvm.claimOf(d.resolve(vn.kiemchung.launch.SecondJvm.COMMAND_ARCHIVE))));
                if (written) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    /** The archive's header, with its magic number, is the last thing written. */
    private static boolean headerWritten(Path archive) {
        try (java.io.InputStream in = Files.newInputStream(archive)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && (magic[0] | magic[1] | magic[2] | magic[3]) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first "[n s] 1/N files read" line the audit wrote with --timings, or "?" */
    private static String firstFileRead(Path err) {
        try {
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[(\\S+) s\\] 1/\\d+ files read").matcher(line);
                if (m.find()) {
                    return m.group(1) + " s";
                }
            }
        } catch (IOException e) {
            // reported as unknown
        }
        return "?";
    }

    private static Run process(List<String> args, Path cache, String jvmOption, Path errorLog) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (jvmOption != null) {
            command.add(jvmOption);
        }
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("vn.kiemchung.KiemchungApplication");
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errorLog == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(errorLog.toFile()));
        if (cache != null) {
            pb.environment().put("KIEMCHUNG_CACHE", cache.toString());
        }
        long t = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        // CPU per process, the highest value seen: a process's figure is gone once it has ended, so the
        // last 20 ms of each can be missed (a few hundredths of a second in all).
        java.util.Map<Long, Long> cpuNanos = new java.util.HashMap<>();
        while (p.isAlive()) {
            peak = Math.max(peak, treeRssKb(p.toHandle()));
            sampleCpu(p.toHandle(), cpuNanos);
            Thread.sleep(20);
        }
        double seconds = secs(t);
        return new Run(seconds, cpuNanos.values().stream().mapToLong(Long::longValue).sum() / 1e9, peak / 1024, p.exitValue());
    }

    private static void sampleCpu(ProcessHandle root, java.util.Map<Long, Long> cpuNanos) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        for (ProcessHandle h : all) {
            h.info().totalCpuDuration().ifPresent(d -> cpuNanos.merge(h.pid(), d.toNanos(), Math::max));
        }
    }

    /** CPU of this JVM and the processes it started that are alive now, in nanoseconds. */
    private static long ownCpuNanos() {
        long total = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            total += child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
        return total;
    }

    /** Resident memory of a process and its children (the parse workers), from /proc on Linux; 0 elsewhere. */
    private static long treeRssKb(ProcessHandle handle) {
        long total = rssKb(handle.pid());
        for (ProcessHandle child : handle.descendants().toList()) {
            total += rssKb(child.pid());
        }
        return total;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the listing and the read
        }
        return 0;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long countPdfs(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
