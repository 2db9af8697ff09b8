package vn.kiemchung.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps recently read documents in memory in front of a slower cache (the database, a folder),
 * so a re-audit after a rule change does not even deserialise what was read. Bounded: the least
 * recently used entries go first.
 */
public final class MemoryExtractionCache implements ExtractionCache {

    private final ExtractionCache next;
    private final Map<String, ExtractedDocument> memory;

    public MemoryExtractionCache(ExtractionCache next, int maxEntries) {
        this.next = next;
        this.memory = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ExtractedDocument> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Optional<ExtractedDocument> find(String sha256, String extractorVersion) {
        String key = sha256 + "|" + extractorVersion;
        synchronized (memory) {
            ExtractedDocument hit = memory.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<ExtractedDocument> found = next.find(sha256, extractorVersion);
        found.ifPresent(d -> {
            synchronized (memory) {
                memory.put(key, d);
            }
        });
        return found;
    }

    @Override
    public void save(ExtractedDocument document) {
        synchronized (memory) {
            memory.put(document.sha256() + "|" + document.extractorVersion(), document);
        }
        next.save(document);
    }
}
