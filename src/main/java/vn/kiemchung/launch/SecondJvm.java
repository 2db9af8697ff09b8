package vn.kiemchung.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The JVM a command or the server is handed to, started from the unpacked copy of the jar: its options, the
 * options carried over from the JVM the person started, the class-data archive it maps, and running it to its
 * end with this JVM's exit status. Used by the jar's own launcher ({@link JarMain}) and, when that could not
 * hand over (no copy yet), by the application ({@code cli.Relaunch}) after it made the copy: one way either way.
 */
public final class SecondJvm {

    /** Commands long enough to gain from a second JVM; the others answer at once anyway. */
    public static final Set<String> COMMANDS = Set.of("audit", "extract");
    public static final String RELAUNCHED = "kiemchung.relaunched";
    public static final String MARK = "-D" + RELAUNCHED + "=true";
    /** When the person's command started, in milliseconds since the epoch (the first JVM's start). */
    public static final String STARTED = "kiemchung.started";
    /** The class path of the JVM the person started (the fat jar), which identifies the program (ReportKey). */
    public static final String LAUNCHED_FROM = "kiemchung.launched-from";
    /** The server's class-data archive, in the copy's folder. */
    public static final String SERVER_ARCHIVE = "server.jsa";
    /** The command line's class-data archive ({@code audit}, {@code extract}), in the copy's folder. */
    public static final String COMMAND_ARCHIVE = "command.jsa";
    /** A dump that has not finished in this time was lost (its JVM killed): another may try. */
    private static final Duration DUMP_ABANDONED_AFTER = Duration.ofMinutes(15);
    /** Off switch for class-data archives, for measuring: {@code -Dkiemchung.child-cds=false}. */
    public static final String SHARING_SWITCH = "kiemchung.child-cds";
    /** The JVM's messages about archives go nowhere: a stale archive is not the user's concern. */
    public static final List<String> QUIET_SHARING = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-Xlog:class+path=off");

    private SecondJvm() {
    }

    /** The java that runs this JVM, so a second JVM is the same version. */
    public static String javaExecutable() {
        Optional<String> running = ProcessHandle.current().info().command();
        if (running.isPresent() && Path.of(running.get()).getFileName().toString().startsWith("java")) {
            return running.get();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A JVM to start from the copy, how long it may take to stop when the first JVM is stopped, and what to do once
     * it ended (keep or drop the class-data archive it wrote).
     */
    public record Handover(List<String> command, Duration grace, Optional<AutoCloseable> afterwards) {

        /** Runs it to its end: its exit status, or empty when it could not be started. */
        public OptionalInt run() {
            return runToEnd(command, grace, afterwards);
        }
    }

    /**
     * {@code audit} or {@code extract} from the copy whose argument file is {@code argumentFile}: C1, the serial
     * collector, the person's options ({@code forwarded}), and the command line's class-data archive
     * ({@link CommandArchive}): mapped once it is made, listed for by the first run. Loading Drools', Jackson's
     * and our classes from the archive instead of from two hundred jars saves the command more than half a
     * CPU-second of its own (BENCHMARKS §1).
     */
    public static Handover command(Path argumentFile, List<String> forwarded, String mainClass, List<String> args) {
        CommandArchive.Sharing sharing = CommandArchive.forCommand(argumentFile);
        List<String> options = new ArrayList<>(sharing.options());
        options.addAll(commandOptions(forwarded));
        return new Handover(commandLine(argumentFile, options, mainClass, args), Duration.ofSeconds(10), sharing.afterwards());
    }

    /**
     * The server from the copy: the person's options after its class-data archive when that is complete (C2 kept:
     * a server runs for days). Stopping the first JVM stops the server gracefully: its shutdown closes the
     * database and the object store, so it is given time.
     */
    public static Handover server(Path argumentFile, List<String> forwarded, String mainClass, List<String> args,
            Optional<AutoCloseable> beside) {
        return new Handover(commandLine(argumentFile, serverOptions(argumentFile.getParent(), forwarded), mainClass, args),
                Duration.ofSeconds(90), beside);
    }

    /** java, the options, "@argument file", the main class, its arguments: a JVM started from a copy. */
    public static List<String> commandLine(Path argumentFile, List<String> options, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(options.size() + args.size() + 3);
        command.add(javaExecutable());
        command.addAll(options);
        command.add("@" + argumentFile);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The file whose presence says a process is writing {@code archive}: "{@code <archive>.dumping}" beside it. */
    public static Path claimOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".dumping");
    }

    /**
     * Another process is writing {@code archive} unless this one creates its claim ({@link #claimOf}); a claim older
     * than 15 minutes was lost and is taken over.
     */
    public static boolean claimDump(Path archive) throws IOException {
        Path claim = claimOf(archive);
        try {
            Files.createFile(claim);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (Files.getLastModifiedTime(claim).toInstant().isBefore(java.time.Instant.now().minus(DUMP_ABANDONED_AFTER))) {
                Files.deleteIfExists(claim);
                return claimDump(archive);
            }
            return false;
        }
    }

    /**
     * After a process that dumped {@code archive} to the temporary {@code temp} ended: the dump becomes the archive
     * when {@code succeeded} and whole, the temporary file goes either way, and the claim is given back.
     */
    public static void keepDump(Path temp, Path archive, boolean succeeded) throws IOException {
        if (succeeded && completeArchive(temp)) {
            try {
                Files.move(temp, archive, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.deleteIfExists(temp);
        Files.deleteIfExists(claimOf(archive));
    }

    /** The second JVM's options for a command: C1 only, the serial collector, then the person's own (which win). */
    public static List<String> commandOptions(List<String> jvmOptions) {
        // A command runs for seconds to minutes: C2's compiling costs more CPU than its code saves (BENCHMARKS §1).
        List<String> options = new ArrayList<>();
        options.add("-XX:TieredStopAtLevel=1");
        // A batch on two cores: the serial collector spends the least CPU (no concurrent threads, no G1 barriers), and
        // the classes Drools and Tika load would otherwise cost a full collection for metaspace in the first seconds.
        // The person's own options come after these and win (another collector, a heap size).
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            options.add("-XX:+UseSerialGC");
        }
        options.add("-XX:MetaspaceSize=256m");
        options.addAll(jvmOptions);
        return options;
    }

    /**
     * The server's options: its class-data archive in {@code copyFolder} mapped first when it is complete (the
     * Spring context's classes, BENCHMARKS §10), then {@code jvmOptions} (C2 kept: a server runs for days).
     */
    public static List<String> serverOptions(Path copyFolder, List<String> jvmOptions) {
        return serverArchive(copyFolder).map(archive -> {
            List<String> options = new ArrayList<>(mapping(archive));
            options.addAll(jvmOptions);
            return options;
        }).orElse(jvmOptions);
    }

    /** The server's class-data archive in {@code copyFolder}, when archives are used and it is complete. */
    public static Optional<Path> serverArchive(Path copyFolder) {
        Path archive = copyFolder.resolve(SERVER_ARCHIVE);
        return sharing() && completeArchive(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** The options that map {@code archive}, quietly. */
    public static List<String> mapping(Path archive) {
        List<String> options = new ArrayList<>(QUIET_SHARING);
        options.add(0, "-XX:SharedArchiveFile=" + archive);
        return options;
    }

    /** Class-data archives are used unless switched off. */
    public static boolean sharing() {
        return Boolean.parseBoolean(System.getProperty(SHARING_SWITCH, "true"));
    }

    /**
     * An archive is complete once its header carries the magic number: a dynamic archive's header is written last;
     * a static one ({@link CommandArchive}) is only renamed to its name once its dump succeeded.
     */
    public static boolean completeArchive(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] magic = in.readNBytes(4);
            // CDS_DYNAMIC_ARCHIVE_MAGIC 0xf00baba8 or CDS_ARCHIVE_MAGIC 0xf00baba2, in the machine's byte order
            return magic.length == 4 && (((magic[0] == (byte) 0xa8 || magic[0] == (byte) 0xa2) && magic[1] == (byte) 0xab
                    && magic[2] == (byte) 0x0b && magic[3] == (byte) 0xf0) || (magic[0] == (byte) 0xf0 && magic[1] == (byte) 0x0b
                    && magic[2] == (byte) 0xab && (magic[3] == (byte) 0xa8 || magic[3] == (byte) 0xa2)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * This JVM's options for the second one, marked; empty when the work is to stay in this JVM: it is the second
     * already, {@code KIEMCHUNG_RELAUNCH=0}, or a debugger or an agent is attached.
     */
    public static Optional<List<String>> forwardedOptions() {
        if (Boolean.getBoolean(RELAUNCHED) || "0".equals(System.getenv("KIEMCHUNG_RELAUNCH"))) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (options.stream().anyMatch(o -> o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp") || o.startsWith("-javaagent"))) {
            // a debugger or an agent is attached to this JVM: the person wants the work to run here
            return Optional.empty();
        }
        options.add(MARK);
        // the program is the jar the person started, not the unpacked copy: reports kept by one serve the other
        options.add("-D" + LAUNCHED_FROM + "=" + System.getProperty("java.class.path", ""));
        // --timings counts from the first JVM's start, as the person who typed the command does
        options.add("-D" + STARTED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        return Optional.of(options);
    }

    /**
     * Runs the second JVM to its end and gives its exit status; empty when it could not be started. When this JVM
     * is stopped first, the second is asked to stop (TERM) and given {@code grace} to finish before this one ends;
     * {@code beside} (the server archive's training run) is closed with it.
     */
    private static OptionalInt runToEnd(List<String> command, Duration grace, Optional<AutoCloseable> beside) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            beside.ifPresent(SecondJvm::closeQuietly);
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
            beside.ifPresent(SecondJvm::closeQuietly);
        }, "relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook does the rest
                    return OptionalInt.of(status);
                }
                beside.ifPresent(SecondJvm::closeQuietly);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // keep waiting: the command's status is this process's
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // a training run that cannot be stopped cleanly leaves no archive; nothing to tell
        }
    }
}
