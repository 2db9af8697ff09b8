package vn.kiemchung.extraction.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemchung.launch.SecondJvm;

/**
 * Class-data sharing for the parse and OCR children (Java 17's dynamic AppCDS): the first child
 * started from an unpacked runtime writes an archive of the classes it loaded when it ends
 * ({@code -XX:ArchiveClassesAtExit}), on its own after its parent let it go; later children map it ({@code -XX:SharedArchiveFile}) and skip
 * loading and verifying those classes again. The archive sits beside the unpacked runtime, whose
 * name changes with the jar, so a new build makes a new archive. Nothing here can stop a child
 * from starting: with {@code -Xshare:auto} the JVM ignores an archive it cannot use, an archive is
 * only used once its header (written last) is there, and a failed dump leaves no archive.
 */
final class ClassSharing {

    static final String ARCHIVE = "parse-child.jsa";
    /** The server's archive, beside the children's. */
    static final String SERVER_ARCHIVE = SecondJvm.SERVER_ARCHIVE;
    /** Set in the server run that writes {@link #SERVER_ARCHIVE}: it ends once its first page is rendered. */
    public static final String TRAINING = "kiemchung.class-sharing.training";
    private static final List<String> QUIET = SecondJvm.QUIET_SHARING;

    private ClassSharing() {
    }

    /** A child's command with sharing options, and the file it dumps its archive to (null when it does not). */
    record Launch(List<String> command, Path dumpingTo) {
    }

    static Launch forChild(List<String> command) {
        if (!SecondJvm.sharing() || command.isEmpty()) {
            return new Launch(command, null);
        }
        // no unpacked runtime of jars only: classes from folders cannot be archived, and a folder on the class
        // path makes an archiving JVM refuse to start at all
        Optional<Path> runtime = runtimeOf(command);
        if (runtime.isEmpty()) {
            return new Launch(command, null);
        }
        Path dir = runtime.get();
        Path archive = dir.resolve(ARCHIVE);
        try {
            if (SecondJvm.completeArchive(archive)) {
                Files.deleteIfExists(SecondJvm.claimOf(archive)); // left by a dumping child whose parent did not wait for it
                return new Launch(with(command, SecondJvm.mapping(archive)), null);
            }
            if (!SecondJvm.claimDump(archive)) {
                return new Launch(command, null);
            }
            // Straight to the archive's own name, so the child needs nobody after it ends: the JVM writes the
            // header, whose magic number makes an archive complete, after everything else, and nothing maps an
            // archive that is not complete. So the parent need not wait for the dump (seconds) when it ends.
            List<String> options = new ArrayList<>(QUIET);
            options.add(0, "-XX:ArchiveClassesAtExit=" + archive);
            return new Launch(with(command, options), archive);
        } catch (IOException | RuntimeException e) {
            log().debug("Children start without a class-data archive: {}", e.toString());
            return new Launch(command, null);
        }
    }

    /**
     * After a child that dumped straight to the archive's name ended: a partial archive is removed and the claim
     * given back, so another child may dump.
     */
    static void childDumpEnded(Path archive) {
        try {
            if (!SecondJvm.completeArchive(archive)) {
                Files.deleteIfExists(archive);
            }
            Files.deleteIfExists(SecondJvm.claimOf(archive));
        } catch (IOException | RuntimeException e) {
            log().debug("Class-data archive not kept: {}", e.toString());
        }
    }

    /** After a run that dumped to a temporary name ended: its archive is kept when it is whole, else removed; another may dump. */
    static void dumpEnded(Path temp, boolean exitedNormally) {
        Path dir = temp.getParent();
        String name = temp.getFileName().toString();
        // "<archive>.<pid>-<nanos>.tmp": the archive's own name is what comes before the second-last dot
        String archive = name.substring(0, name.lastIndexOf('.', name.length() - ".tmp".length() - 1));
        try {
            SecondJvm.keepDump(temp, dir.resolve(archive), exitedNormally);
        } catch (IOException | RuntimeException e) {
            log().debug("Class-data archive not kept: {}", e.toString());
        }
    }

    private static Path temporary(Path dir, String archive) {
        return dir.resolve(archive + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
    }

    /**
     * When the server's archive is missing and no other process is making it: a short run of the server,
     * started at the lowest CPU priority in an empty folder of its own, on embedded defaults only (none of
     * this server's settings, environment or data: it must never touch a production database), bound to the
     * loopback on a free port, which ends by itself once its sign-in page has been rendered and writes the
     * archive as it ends. The archive is kept only when whole; the folder is removed.
     *
     * @param serverCommand the server's command without its archive: java, options, "@…classpath.args", main class
     * @return the training run, to wait for or to stop; empty when there is nothing to do
     */
    static Optional<Training> trainServer(List<String> serverCommand) {
        if (!SecondJvm.sharing()) {
            return Optional.empty();
        }
        Optional<Path> runtime = runtimeOf(serverCommand);
        int at = indexOfArgumentFile(serverCommand);
        if (runtime.isEmpty() || at < 0 || at + 1 >= serverCommand.size()) {
            return Optional.empty();
        }
        Path dir = runtime.get();
        Path folder = null;
        Path temp = null;
        try {
            if (SecondJvm.completeArchive(dir.resolve(SERVER_ARCHIVE)) || !SecondJvm.claimDump(dir.resolve(SERVER_ARCHIVE))) {
                return Optional.empty();
            }
            temp = temporary(dir, SERVER_ARCHIVE);
            // in the system's temporary folder, not the cache: the database's socket path must stay short
            folder = Files.createTempDirectory("kiemchung-class-sharing");
            Process process = trainingRun(serverCommand, at, temp, folder, dir.getParent().getParent()).start();
            return Optional.of(new Training(process, temp, folder));
        } catch (IOException | RuntimeException e) {
            log().debug("No class-data archive for the server: {}", e.toString());
            if (temp != null) {
                dumpEnded(temp, false);
            }
            if (folder != null) {
                vn.kiemchung.platform.FileTrees.deleteQuietly(folder);
            }
            return Optional.empty();
        }
    }

    /**
     * The training run's process: java and the server's class path and main class from {@code serverCommand}
     * (none of its options or arguments), at the lowest priority where {@code nice} exists, in {@code folder},
     * with the environment a parse child gets (no database, S3 or account settings).
     */
    static ProcessBuilder trainingRun(List<String> serverCommand, int argumentFileAt, Path temp, Path folder, Path cache) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        command.add(serverCommand.get(0));
        command.addAll(QUIET);
        // class unloading off: Java 17 can crash writing a dynamic archive after classes were unloaded
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + temp, "-XX:-ClassUnloading", "-Xmx1g",
                "-XX:ErrorFile=" + folder.resolve("hs_err_%p.log"), "-D" + TRAINING + "=true", SecondJvm.MARK,
                "-Dkiemchung.cache=" + cache));
        command.add(serverCommand.get(argumentFileAt));
        command.add(serverCommand.get(argumentFileAt + 1));
        command.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("training.log").toFile());
        Map<String, String> kept = ChildProcess.environment(builder.environment());
        builder.environment().clear();
        builder.environment().putAll(kept);
        return builder;
    }

    /** The server run that writes the archive; {@link #finish} keeps the archive when whole and removes the rest. */
    record Training(Process process, Path temp, Path folder) {

        /** Waits up to {@code limit} for the run to end (stopping it after that), then keeps or drops its archive. */
        boolean finish(Duration limit) {
            boolean ended;
            try {
                ended = process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            if (!ended) {
                process.destroy();
                try {
                    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            boolean kept = ended && !process.isAlive() && process.exitValue() == 0 && SecondJvm.completeArchive(temp);
            dumpEnded(temp, kept);
            vn.kiemchung.platform.FileTrees.deleteQuietly(folder);
            return kept;
        }
    }

    /** The unpacked runtime's folder named by a command's "@…classpath.args", when its class path is jars only. */
    private static Optional<Path> runtimeOf(List<String> command) {
        int at = indexOfArgumentFile(command);
        if (at < 0) {
            return Optional.empty();
        }
        Path argumentFile = Path.of(command.get(at).substring(1)).toAbsolutePath();
        try {
            return onlyJars(argumentFile) ? Optional.of(argumentFile.getParent()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int indexOfArgumentFile(List<String> command) {
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).startsWith("@") && command.get(i).endsWith("classpath.args")) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the argument file's class path ("-cp \"a.jar:b.jar\"") names existing jar files only. */
    static boolean onlyJars(Path argumentFile) throws IOException {
        String text = Files.readString(argumentFile).strip();
        if (!text.startsWith("-cp \"") || !text.endsWith("\"")) {
            return false;
        }
        String cp = text.substring(5, text.length() - 1).replace("\\\\", "\\");
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /** Not a field: the launcher JVM, which uses this class before handing over, starts no logging system. */
    private static Logger log() {
        return LoggerFactory.getLogger(ClassSharing.class);
    }

    private static List<String> with(List<String> command, List<String> options) {
        List<String> result = new ArrayList<>(command.size() + options.size());
        result.add(command.get(0));
        result.addAll(options);
        result.addAll(command.subList(1, command.size()));
        return result;
    }
}
