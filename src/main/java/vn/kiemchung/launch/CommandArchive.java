package vn.kiemchung.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The command line's class-data archive ({@code command.jsa} beside the unpacked copy): the first {@code audit} or
 * {@code extract} started from a copy lists the classes it loads ({@code -XX:DumpLoadedClassList}); once it has
 * ended, a process of its own, at the lowest priority and detached from the command, makes a static archive of
 * those classes ({@code -Xshare:dump}), and every later command maps it. A separate process because Java 17's
 * dynamic archiving ({@code -XX:ArchiveClassesAtExit}) in the command's own JVM crashed now and then while writing
 * the archive (in {@code adjust_lambda_proxy_class_dictionary}): the command must end with its own status and never
 * wait for an archive. A dump that fails leaves no archive, and commands go on without one.
 */
public final class CommandArchive {

    /** The classes list of the run that is writing it, in the copy's folder. */
    static final String CLASS_LIST = "command.classlist";
    /** A run that listed fewer classes did not read and check files (a usage error, a report answered from the cache). */
    static final int ENOUGH_CLASSES = 3000;
    /** The maker's and the dump's output, kept only when the dump failed. */
    static final String LOG = "command-archive.log";

    private CommandArchive() {
    }

    /** What a command's JVM is given: map the archive, or list its classes for one, or nothing; and what follows its end. */
    record Sharing(List<String> options, Optional<AutoCloseable> afterwards) {
    }

    static Sharing forCommand(Path argumentFile) {
        Path copy = argumentFile.getParent();
        Path archive = copy.resolve(SecondJvm.COMMAND_ARCHIVE);
        if (!SecondJvm.sharing()) {
            return new Sharing(List.of(), Optional.empty());
        }
        try {
            if (SecondJvm.completeArchive(archive)) {
                return new Sharing(SecondJvm.mapping(archive), Optional.empty());
            }
            if (!SecondJvm.claimDump(archive)) {
                return new Sharing(List.of(), Optional.empty()); // another run is making it
            }
            Path list = copy.resolve(CLASS_LIST);
            Files.deleteIfExists(list);
            return new Sharing(List.of("-XX:DumpLoadedClassList=" + list),
                    Optional.of(() -> afterListing(argumentFile, list, SecondJvm.claimOf(archive))));
        } catch (IOException | RuntimeException e) {
            return new Sharing(List.of(), Optional.empty());
        }
    }

    /** After the listing run ended: the archive is made in the background from a full list; else the claim is given back. */
    static void afterListing(Path argumentFile, Path list, Path claim) {
        try {
            if (listed(list) >= ENOUGH_CLASSES) {
                List<String> maker = new ArrayList<>(lowestPriority());
                maker.addAll(List.of(SecondJvm.javaExecutable(), "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xshare:auto", "-cp", argumentFile.resolveSibling(JarCopy.CLASSES_JAR).toString(),
                        CommandArchive.class.getName(), argumentFile.toString()));
                new ProcessBuilder(maker).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .redirectErrorStream(true).redirectOutput(argumentFile.resolveSibling(LOG).toFile()).start();
                return; // the maker gives the claim back
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time; the next command lists again
        }
        deleteQuietly(list);
        deleteQuietly(claim);
    }

    /**
     * The maker: {@code java -Xshare:dump} over the list into a temporary file, renamed to the archive when the dump
     * succeeded; the list, the claim and the log are removed either way (the log is kept when the dump failed).
     */
    public static void main(String[] args) throws Exception {
        Path argumentFile = Path.of(args[0]);
        Path copy = argumentFile.getParent();
        Path list = copy.resolve(CLASS_LIST);
        Path archive = copy.resolve(SecondJvm.COMMAND_ARCHIVE);
        Path temp = copy.resolve(SecondJvm.COMMAND_ARCHIVE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            List<String> dump = new ArrayList<>(lowestPriority());
            dump.addAll(List.of(SecondJvm.javaExecutable(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + temp, "-XX:ErrorFile=" + copy.resolve("hs_err_%p.log"), "@" + argumentFile));
            Process process = new ProcessBuilder(dump).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(copy.resolve(LOG).toFile())).start();
            boolean succeeded = process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0;
            if (!succeeded) {
                process.destroyForcibly();
            }
            SecondJvm.keepDump(temp, archive, succeeded);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(list);
            deleteQuietly(SecondJvm.claimOf(archive));
            if (SecondJvm.completeArchive(archive)) {
                deleteQuietly(copy.resolve(LOG));
            }
        }
    }

    private static long listed(Path list) throws IOException {
        if (!Files.isRegularFile(list)) {
            return 0;
        }
        try (var lines = Files.lines(list)) {
            return lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
    }

    private static List<String> lowestPriority() {
        return Files.isExecutable(Path.of("/usr/bin/nice")) ? List.of("/usr/bin/nice", "-n", "19") : List.of();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next run overwrites or ignores it
        }
    }
}
