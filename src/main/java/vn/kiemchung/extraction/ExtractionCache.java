package vn.kiemchung.extraction;

import java.util.Optional;

/** Remembers what was read from bytes, by SHA-256 and extractor version, so nothing is parsed twice. */
public interface ExtractionCache {

    Optional<ExtractedDocument> find(String sha256, String extractorVersion);

    void save(ExtractedDocument document);

    /** No caching: every call reads the file again. */
    ExtractionCache NONE = new ExtractionCache() {
        @Override
        public Optional<ExtractedDocument> find(String sha256, String extractorVersion) {
            return Optional.empty();
        }

        @Override
        public void save(ExtractedDocument document) {
        }
    };
}
