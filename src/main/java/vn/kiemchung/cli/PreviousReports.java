package vn.kiemchung.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.kiemchung.assessment.ReportKey;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.platform.Fingerprint;
import vn.kiemchung.rules.RuleSource;

/**
 * The reports of earlier {@code audit} runs, so a dossier whose files and rules did not change is
 * answered without reading anything again. A report is named by a hash of every file of the dossier
 * (path and bytes), every file of the rules folder (rules, tables, conventions and catalogues), the
 * program (its class path files) and the options that shape the output; anything else changed
 * gives another name, so a report is reused only when running again would give the same findings.
 */
final class PreviousReports {

    private static final String FORMAT = "report-1";

    private final Path folder;

    PreviousReports(Path folder) {
        this.folder = folder;
    }

    /** A report as the audit wrote it, with the exit status it had. */
    record Kept(byte[] rendered, int exit) {
    }

    static String key(Path dossier, RuleSource rules, String format, String language) {
        Fingerprint key = Fingerprint.sha256().add(FORMAT)
                .add("extractor " + DocumentReader.EXTRACTOR_VERSION)
                .add("ocr " + System.getenv().getOrDefault("KIEMCHUNG_OCR_ENGINE", "auto"))
                .add("format " + format + " " + language)
                .add("program").add(ReportKey.program())
                .add("rules " + rules.label() + " " + rules.root());
        tree(key, rules.root());
        Path d = dossier.toAbsolutePath().normalize();
        key.add("dossier " + d);
        tree(key, d);
        return key.hex();
    }

    Optional<Kept> find(String key) {
        Path file = folder.resolve(key + ".report");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int exit = buffer.getInt();
            int length = buffer.getInt();
            if (length != bytes.length - 8 || exit < 0 || exit > 2) {
                return Optional.empty();
            }
            byte[] rendered = new byte[length];
            buffer.get(rendered);
            return Optional.of(new Kept(rendered, exit));
        } catch (IOException | RuntimeException e) {
            // a damaged entry is a lost shortcut: audit again
            return Optional.empty();
        }
    }

    void keep(String key, Kept kept) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(key + ".report");
            Path temp = Files.createTempFile(folder, ".report", ".tmp");
            ByteBuffer buffer = ByteBuffer.allocate(8 + kept.rendered().length);
            buffer.putInt(kept.exit()).putInt(kept.rendered().length).put(kept.rendered());
            Files.write(temp, buffer.array());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the audit is done; only the next run's shortcut is lost
        }
    }

    /** Every file under a folder (or the file itself), by relative path and bytes, in a stable order. */
    private static void tree(Fingerprint key, Path root) {
        if (Files.isRegularFile(root)) {
            key.addFile(root).end();
            return;
        }
        if (!Files.isDirectory(root)) {
            key.add("absent");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            key.add(root.relativize(file).toString().replace('\\', '/')).addFile(file).end();
        }
    }
}
