package vn.kiemchung.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * How far {@link TikaTextExtractor} lets one file go, and how many parser processes it keeps.
 *
 * @param textTimeout      wall time for one text document, including the child's parse
 * @param ocrTimeout       wall time for one scan (image or PDF that needs OCR)
 * @param childHeap        the child JVM's -Xmx, e.g. "512m"
 * @param textWorkers      child processes for text documents
 * @param ocrWorkers       child processes for scans, kept apart so scans never block text documents
 * @param recycleAfter     files a child parses before it is replaced (bounds leaks in parsers)
 * @param maxChars         extracted characters kept; the rest is cut and metadata says so
 * @param maxFileSize      bytes; larger files are refused without parsing
 * @param maxEmbeddedDepth how deep archives and attachments are opened (the file itself is depth 0)
 * @param maxEmbeddedCount embedded documents parsed per file
 * @param maxZipRatio      expanded bytes allowed per byte of the file before it counts as a bomb
 * @param ocrEnabled       false turns OCR off even where tesseract is installed
 * @param ocrLanguage      tesseract language, "vie"
 * @param ocrEngine        "auto" (the engine inside the jar where it has natives for this platform, else the
 *                         tesseract command), "embedded" or "system"
 */
public record ParseLimits(Duration textTimeout, Duration ocrTimeout, String childHeap, int textWorkers,
                          int ocrWorkers, int recycleAfter, int maxChars, long maxFileSize, int maxEmbeddedDepth,
                          int maxEmbeddedCount, int maxZipRatio, boolean ocrEnabled, String ocrLanguage,
                          String ocrEngine) {

    public ParseLimits {
        Objects.requireNonNull(textTimeout, "textTimeout");
        Objects.requireNonNull(ocrTimeout, "ocrTimeout");
        Objects.requireNonNull(childHeap, "childHeap");
        Objects.requireNonNull(ocrLanguage, "ocrLanguage");
        ocrEngine = ocrEngine == null ? "auto" : ocrEngine;
        if (!childHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("childHeap must look like 512m: " + childHeap);
        }
        if (textWorkers < 1 || ocrWorkers < 1 || recycleAfter < 1 || maxChars < 1 || maxFileSize < 1
                || maxEmbeddedDepth < 0 || maxEmbeddedCount < 0 || maxZipRatio < 1) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public static ParseLimits defaults() {
        return new ParseLimits(Duration.ofSeconds(60), Duration.ofSeconds(180), "512m", 2, 1, 200,
                5_000_000, 100L * 1024 * 1024, 3, 500, 100, true, "vie", "auto");
    }

    public ParseLimits withTimeouts(Duration text, Duration ocr) {
        return new ParseLimits(text, ocr, childHeap, textWorkers, ocrWorkers, recycleAfter, maxChars, maxFileSize,
                maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, ocrEnabled, ocrLanguage, ocrEngine);
    }

    public ParseLimits withChildHeap(String heap) {
        return new ParseLimits(textTimeout, ocrTimeout, heap, textWorkers, ocrWorkers, recycleAfter, maxChars,
                maxFileSize, maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, ocrEnabled, ocrLanguage, ocrEngine);
    }

    public ParseLimits withWorkers(int text, int ocr, int recycle) {
        return new ParseLimits(textTimeout, ocrTimeout, childHeap, text, ocr, recycle, maxChars, maxFileSize,
                maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, ocrEnabled, ocrLanguage, ocrEngine);
    }

    public ParseLimits withMaxChars(int chars) {
        return new ParseLimits(textTimeout, ocrTimeout, childHeap, textWorkers, ocrWorkers, recycleAfter, chars,
                maxFileSize, maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, ocrEnabled, ocrLanguage, ocrEngine);
    }

    public ParseLimits withOcrEngine(String engine) {
        return new ParseLimits(textTimeout, ocrTimeout, childHeap, textWorkers, ocrWorkers, recycleAfter, maxChars,
                maxFileSize, maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, ocrEnabled, ocrLanguage, engine);
    }

    public ParseLimits withOcr(boolean enabled) {
        return new ParseLimits(textTimeout, ocrTimeout, childHeap, textWorkers, ocrWorkers, recycleAfter, maxChars,
                maxFileSize, maxEmbeddedDepth, maxEmbeddedCount, maxZipRatio, enabled, ocrLanguage, ocrEngine);
    }
}
