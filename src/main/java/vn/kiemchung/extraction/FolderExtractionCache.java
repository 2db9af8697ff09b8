package vn.kiemchung.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The command line's cache: one JSON file per SHA-256 and extractor version in a local folder. */
public final class FolderExtractionCache implements ExtractionCache {

    private final Path folder;

    /**
     * The cache folder of this machine's user: {@code -Dkiemchung.cache}, else {@code $KIEMCHUNG_CACHE}, else
     * {@code ~/.cache/kiemchung}; readings, the unpacked runtime, the OCR model and the built-in rules live there.
     */
    public static Path defaultFolder() {
        return vn.kiemchung.launch.JarCopy.cacheFolder();
    }

    public FolderExtractionCache(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<ExtractedDocument> find(String sha256, String extractorVersion) {
        Path file = fileFor(sha256, extractorVersion);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExtractedDocumentJson.read(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // A damaged cache entry is only a lost shortcut: read the file again.
            return Optional.empty();
        }
    }

    @Override
    public void save(ExtractedDocument document) {
        Path file = fileFor(document.sha256(), document.extractorVersion());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "entry", ".tmp");
            Files.writeString(temp, ExtractedDocumentJson.write(document), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache is an optimisation; an audit must not fail because it cannot write it.
        }
    }

    private Path fileFor(String sha256, String version) {
        return folder.resolve(version).resolve(sha256.substring(0, 2)).resolve(sha256 + ".json");
    }
}
