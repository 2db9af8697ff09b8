package vn.kiemchung.assessment;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.platform.Fingerprint;

/**
 * What a dossier's report depends on, as one hash: the program, the dossier's files in its checks (id,
 * component, name, SHA-256) with the state of their reading, the catalogue, the version of the rules in
 * service and the waivers. Two requests with the same key get the same report; anything that changes
 * the report changes the key.
 */
public final class ReportKey {

    /** Raised when what a key covers changes, so keys of an older program never match. */
    private static final String FORMAT = "kept-report-1";
    private static final String PROGRAM = fingerprint();

    /** The program's fingerprint, computed once per process: the server's kept reports and the CLI's previous ones both use it. */
    public static String program() {
        return PROGRAM;
    }

    private ReportKey() {
    }

    /** @param statuses each file's extraction status, by evidence id (from the extraction module's queue) */
    static String of(Dossier dossier, List<Evidence> evidence, Map<Long, String> statuses, String catalogueHash,
                     String rulesVersion, Collection<String> waived, boolean ocrAvailable) {
        Fingerprint key = Fingerprint.sha256().add(FORMAT).add(PROGRAM)
                .add("extractor " + DocumentReader.EXTRACTOR_VERSION + " ocr " + ocrAvailable)
                .add("dossier " + dossier.id() + " " + dossier.province() + " " + dossier.year())
                .add("catalogue " + catalogueHash)
                .add("rules " + rulesVersion);
        for (Evidence e : evidence) {
            key.add(e.id() + "|" + e.indicatorCode() + "|" + e.fileName() + "|" + e.sha256() + "|" + statuses.get(e.id()));
        }
        return key.add("waivers " + waivers(waived)).hex();
    }

    /** A set of waiver keys as one hash (sorted, so the order they came in does not matter). */
    static String waivers(Collection<String> waived) {
        Fingerprint key = Fingerprint.sha256();
        waived.stream().sorted().forEach(key::add);
        return key.hex();
    }

    /** Every file of a folder (not below it), by name and bytes: the year's catalogue files. */
    static String folder(Path dir) {
        Fingerprint key = Fingerprint.sha256();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    key.add(f.getFileName().toString()).add(Files.readAllBytes(f));
                }
            } catch (IOException e) {
                // unreadable now: a key that matches nothing kept, so the audit runs and says what is wrong
                key.add("unreadable " + System.nanoTime());
            }
        }
        return key.hex();
    }

    /**
     * The program that audits, so a new build never serves a report of the old one: the size and time of
     * each class path file (the jar), or of every file in a class path folder (a development build). A JVM
     * the command started again from the unpacked jar is told the jar's class path
     * ({@code kiemchung.launched-from}), so both ways of running one jar keep reports for each other.
     */
    static String fingerprint() {
        String classPath = System.getProperty(vn.kiemchung.launch.SecondJvm.LAUNCHED_FROM);
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path", "");
        }
        Fingerprint key = Fingerprint.sha256();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            key.add(p.toString());
            try {
                if (Files.isRegularFile(p)) {
                    key.add(Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                } else if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            key.add(p.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                        }
                    }
                }
            } catch (IOException e) {
                key.add("unreadable");
            }
        }
        return key.hex();
    }
}
