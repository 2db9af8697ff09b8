package vn.kiemchung.extraction.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemchung.launch.JarCopy;

/**
 * The fat jar unpacked once into the cache folder, so parse children start from a plain class
 * path: loading Tika's classes out of jars nested in a 200 MB jar doubles a child's start-up.
 * Keyed by the jar's path, size and time, so a new build unpacks again. Each use marks the copy
 * as used; copies unused for {@link #UNUSED_FOR} (earlier versions of the jar) are deleted when a
 * new one is unpacked, so upgrades do not pile up copies of 200 MB. Any failure falls back to
 * starting children from the fat jar itself.
 */
final class UnpackedRuntime {

    private static final String ARGUMENT_FILE = JarCopy.ARGUMENT_FILE;
    private static final String CLASSES_JAR = JarCopy.CLASSES_JAR;
    /** A copy no process has started a child from for this long belongs to a jar no longer run. */
    static final Duration UNUSED_FOR = Duration.ofDays(3);
    private static final String STAGING = "unpacking";

    private UnpackedRuntime() {
    }

    /** The argument file ("-cp ...") for a child started from the unpacked copy of {@code jar}. */
    static synchronized Optional<Path> argumentFile(Path jar) {
        try {
            Optional<Path> unpacked = JarCopy.argumentFileIfUnpacked(jar);
            if (unpacked.isPresent()) {
                return unpacked;
            }
            Path root = JarCopy.copiesFolder();
            Path dir = JarCopy.folderOf(jar);
            Path args = dir.resolve(ARGUMENT_FILE);
            Files.createDirectories(root);
            prune(root, dir, Instant.now());
            Path staging = Files.createTempDirectory(root, STAGING);
            unpack(jar, staging, dir);
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another process unpacked the same jar first: use theirs
                vn.kiemchung.platform.FileTrees.deleteQuietly(staging);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, dir);
            }
            return Files.isRegularFile(args) ? Optional.of(args) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            log().debug("Parse children start from the fat jar ({})", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The argument file of the unpacked copy whose class path is exactly {@code classPath} (a JVM started from
     * that copy), when there is one; empty for any other class path.
     */
    static Optional<Path> argumentFileOf(String classPath) {
        int first = classPath.indexOf(java.io.File.pathSeparatorChar);
        if (first < 0 || !classPath.substring(0, first).endsWith(java.io.File.separator + CLASSES_JAR)) {
            return Optional.empty();
        }
        try {
            Path args = Path.of(classPath.substring(0, first)).getParent().resolve(ARGUMENT_FILE);
            if (Files.isRegularFile(args) && Files.readString(args, StandardCharsets.UTF_8).strip()
                    .equals("-cp \"" + classPath.replace("\\", "\\\\") + "\"")) {
                JarCopy.markUsed(args);
                return Optional.of(args);
            }
        } catch (IOException | RuntimeException e) {
            log().debug("Class path not recognised as an unpacked copy ({})", e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Deletes the copies under {@code root} other than {@code keep} that were last used before
     * {@code now} minus {@link #UNUSED_FOR}, and staging folders left by an interrupted unpacking.
     */
    static void prune(Path root, Path keep, Instant now) {
        Instant before = now.minus(UNUSED_FOR);
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(keep)).toList()) {
                Path args = dir.resolve(ARGUMENT_FILE);
                Path stamp = Files.isRegularFile(args) ? args : dir;
                if (Files.getLastModifiedTime(stamp).toInstant().isBefore(before)) {
                    log().info("Deleting an unused copy of an earlier kiemchung jar: {}", dir);
                    vn.kiemchung.platform.FileTrees.deleteQuietly(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            log().debug("Cannot prune {}: {}", root, e.getMessage());
        }
    }

    /** Unpacks into {@code dir}; the argument file names the paths the files will have under {@code finalDir}. */
    private static void unpack(Path jar, Path dir, Path finalDir) throws IOException {
        List<String> order = new ArrayList<>();
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        // The application's classes go into a jar of their own, not a folder: class-data sharing
        // (ClassSharing) archives classes from jars only.
        try (JarFile file = new JarFile(jar.toFile());
             java.util.jar.JarOutputStream classes = new java.util.jar.JarOutputStream(
                     Files.newOutputStream(dir.resolve(CLASSES_JAR)))) {
            JarEntry index = file.getJarEntry("BOOT-INF/classpath.idx");
            if (index != null) {
                try (InputStream in = file.getInputStream(index)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String name = line.replace("- ", "").replace("\"", "").strip();
                        if (name.startsWith("BOOT-INF/lib/")) {
                            order.add(name.substring("BOOT-INF/lib/".length()));
                        }
                    }
                }
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                Path target;
                if (name.startsWith("BOOT-INF/classes/")) {
                    String inner = name.substring("BOOT-INF/classes/".length());
                    if (inner.isEmpty()) {
                        continue;
                    }
                    classes.putNextEntry(new JarEntry(inner));
                    if (!e.isDirectory()) {
                        try (InputStream in = file.getInputStream(e)) {
                            in.transferTo(classes);
                        }
                    }
                    classes.closeEntry();
                    continue;
                } else if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    target = lib.resolve(name.substring("BOOT-INF/lib/".length()));
                    if (!order.contains(target.getFileName().toString())) {
                        order.add(target.getFileName().toString());
                    }
                } else {
                    continue;
                }
                if (!target.normalize().startsWith(dir)) {
                    throw new IOException("unexpected entry " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        StringBuilder cp = new StringBuilder(finalDir.resolve(CLASSES_JAR).toString());
        for (String name : order) {
            cp.append(java.io.File.pathSeparator).append(finalDir.resolve("lib").resolve(name));
        }
        // Quoted for the java launcher's argument-file syntax; '\' must be doubled inside quotes.
        Files.writeString(dir.resolve(ARGUMENT_FILE), "-cp \"" + cp.toString().replace("\\", "\\\\") + "\"\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Asked for only when there is something to say: the command line's first JVM, which only restarts the
     * command from this copy, then never starts the logging system.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(UnpackedRuntime.class);
    }
}
