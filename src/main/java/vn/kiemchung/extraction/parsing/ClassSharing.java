package vn.kiemchung.extraction.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class-data sharing for the parse and OCR children (Java 17's dynamic AppCDS): the first child
 * started from an unpacked runtime writes an archive of the classes it loaded when it ends
 * ({@code -XX:ArchiveClassesAtExit}); later children map it ({@code -XX:SharedArchiveFile}) and skip
 * loading and verifying those classes again. The archive sits beside the unpacked runtime, whose
 * name changes with the jar, so a new build makes a new archive. Nothing here can stop a child
 * from starting: with {@code -Xshare:auto} the JVM ignores an archive it cannot use, an archive is
 * only used once its header (written last) is there, and a failed dump leaves no archive.
 */
final class ClassSharing {

    private static final Logger LOG = LoggerFactory.getLogger(ClassSharing.class);
    static final String ARCHIVE = "parse-child.jsa";
    /** A dump that has not finished in this time was lost (its child killed): another child may try. */
    private static final Duration DUMP_ABANDONED_AFTER = Duration.ofMinutes(15);
    /** Off switch, for measuring: {@code -Dkiemchung.child-cds=false}. */
    private static final String SWITCH = "kiemchung.child-cds";
    /** The JVM's messages about archives go nowhere: a stale archive is not the user's concern. */
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off");

    private ClassSharing() {
    }

    /** A child's command with sharing options, and the file it dumps its archive to (null when it does not). */
    record Launch(List<String> command, Path dumpingTo) {
    }

    static Launch forChild(List<String> command) {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || command.isEmpty()) {
            return new Launch(command, null);
        }
        Optional<Path> argumentFile = command.stream().filter(s -> s.startsWith("@") && s.endsWith("classpath.args"))
                .map(s -> Path.of(s.substring(1))).findFirst();
        if (argumentFile.isEmpty()) {
            return new Launch(command, null); // classes from folders cannot be archived
        }
        Path dir = argumentFile.get().toAbsolutePath().getParent();
        Path archive = dir.resolve(ARCHIVE);
        try {
            if (!onlyJars(argumentFile.get())) {
                // a folder on the class path makes an archiving JVM refuse to start at all
                return new Launch(command, null);
            }
            if (complete(archive)) {
                List<String> options = new ArrayList<>(QUIET);
                options.add(0, "-XX:SharedArchiveFile=" + archive);
                return new Launch(with(command, options), null);
            }
            if (!claimDump(dir.resolve(ARCHIVE + ".dumping"))) {
                return new Launch(command, null);
            }
            Path temp = dir.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
            List<String> options = new ArrayList<>(QUIET);
            options.add(0, "-XX:ArchiveClassesAtExit=" + temp);
            return new Launch(with(command, options), temp);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Children start without a class-data archive: {}", e.toString());
            return new Launch(command, null);
        }
    }

    /** After a dumping child ended: its archive is kept when it is whole, else removed; another child may dump. */
    static void dumpEnded(Path temp, boolean exitedNormally) {
        Path dir = temp.getParent();
        try {
            if (exitedNormally && complete(temp)) {
                try {
                    Files.move(temp, dir.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, dir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(temp);
            Files.deleteIfExists(dir.resolve(ARCHIVE + ".dumping"));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Class-data archive not kept: {}", e.toString());
        }
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

    private static boolean claimDump(Path marker) throws IOException {
        try {
            Files.createFile(marker);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Files.getLastModifiedTime(marker).toInstant().isBefore(Instant.now().minus(DUMP_ABANDONED_AFTER))) {
                Files.deleteIfExists(marker);
                return claimDump(marker);
            }
            return false;
        }
    }

    /** A dynamic archive's header starts with its magic number and is written after everything else. */
    static boolean complete(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] magic = in.readNBytes(4);
            // CDS_DYNAMIC_ARCHIVE_MAGIC 0xf00baba8, in the machine's byte order
            return magic.length == 4 && ((magic[0] == (byte) 0xa8 && magic[1] == (byte) 0xab && magic[2] == (byte) 0x0b
                    && magic[3] == (byte) 0xf0) || (magic[0] == (byte) 0xf0 && magic[1] == (byte) 0x0b
                    && magic[2] == (byte) 0xab && magic[3] == (byte) 0xa8));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> with(List<String> command, List<String> options) {
        List<String> result = new ArrayList<>(command.size() + options.size());
        result.add(command.get(0));
        result.addAll(options);
        result.addAll(command.subList(1, command.size()));
        return result;
    }
}
