package vn.kiemchung.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.parsing.ChildCommand;
import vn.kiemchung.extraction.parsing.ChildPool;
import vn.kiemchung.extraction.parsing.ParseReply;
import vn.kiemchung.extraction.parsing.ParseRequest;
import vn.kiemchung.extraction.parsing.OcrEngine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts text with Apache Tika in child JVMs, never in this process: a file that hangs, eats
 * memory or crashes a parser costs one child, which is replaced. Text documents and scans have
 * separate pools so a queue of slow OCR jobs never delays ordinary documents.
 */
public final class TikaTextExtractor implements TextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(TikaTextExtractor.class);

    private final ParseLimits limits;
    private final boolean ocrUsable;
    private final OcrEngine ocrEngine;
    private final ChildPool textPool;
    private final ChildPool ocrPool;

    public TikaTextExtractor() {
        this(ParseLimits.defaults());
    }

    public TikaTextExtractor(ParseLimits limits) {
        this(limits, List.of());
    }

    /** @param childOptions extra JVM options for the children (tests switch on fault hooks with it) */
    TikaTextExtractor(ParseLimits limits, List<String> childOptions) {
        this.limits = limits;
        this.ocrEngine = OcrEngine.choose(limits.ocrEngine(), limits.ocrLanguage());
        this.ocrUsable = limits.ocrEnabled() && ocrEngine.available(limits.ocrLanguage());
        if (limits.ocrEnabled() && !ocrUsable) {
            LOG.warn("OCR is not available here (engine {}, language {}): scans will be reported as not read, "
                    + "and read again once it is", ocrEngine, limits.ocrLanguage());
        }
        List<String> command = ChildCommand.build(limits.childHeap(), childOptions);
        this.textPool = new ChildPool("text", command, limits.textWorkers(), limits.recycleAfter());
        this.ocrPool = new ChildPool("ocr", command, limits.ocrWorkers(), limits.recycleAfter());
    }

    @Override
    public RawText extract(Path file, String fileName) {
        long started = System.nanoTime();
        if (file == null || !Files.isRegularFile(file)) {
            return RawText.failed(Outcome.UNREADABLE, "file not found", MediaType.OCTET_STREAM.toString());
        }
        String guess = sniff(file, fileName);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return RawText.failed(Outcome.UNREADABLE, "cannot read file size", guess);
        }
        if (size > limits.maxFileSize()) {
            return RawText.failed(Outcome.UNREADABLE, "file too large: " + readable(size) + " (limit "
                    + readable(limits.maxFileSize()) + ")", guess);
        }
        RawText result = route(file, fileName, guess);
        LOG.debug("extracted {} ({}) in {} ms: {} {}", fileName, result.mediaType(),
                (System.nanoTime() - started) / 1_000_000, result.outcome(), result.reason());
        return result;
    }

    private RawText route(Path file, String fileName, String guess) {
        if (guess.startsWith("image/") && ocrUsable) {
            return ocrPool.parse(request(file, fileName, true), limits.ocrTimeout(), guess).raw();
        }
        ParseReply first = textPool.parse(request(file, fileName, false), limits.textTimeout(), guess);
        if (!first.needsOcr() || !ocrUsable) {
            return first.raw();
        }
        // A PDF with pages that have no text layer: read it again where OCR is allowed to take its time.
        RawText scanned = ocrPool.parse(request(file, fileName, true), limits.ocrTimeout(), guess).raw();
        if (scanned.outcome() == Outcome.OK || scanned.outcome() == Outcome.NO_TEXT
                || first.raw().outcome() != Outcome.OK) {
            return scanned;
        }
        // OCR failed but the text layer was readable: keep that, and say what went wrong.
        Map<String, String> metadata = new LinkedHashMap<>(first.raw().metadata());
        metadata.put("ocrError", scanned.reason());
        RawText text = first.raw();
        return new RawText(text.outcome(), text.reason(), text.mediaType(), text.text(), text.pages(), text.ocr(),
                Map.copyOf(metadata), text.signatures());
    }

    private ParseRequest request(Path file, String fileName, boolean ocr) {
        return new ParseRequest(file.toAbsolutePath().toString(), fileName, ocr, limits.ocrLanguage(),
                limits.maxChars(), limits.maxEmbeddedDepth(), limits.maxEmbeddedCount(), limits.maxZipRatio(), ocrEngine);
    }

    /**
     * Magic bytes and name only: enough to route images to OCR, and safe in this process because
     * nothing is parsed or decompressed here.
     */
    static String sniff(Path file, String fileName) {
        if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") && startsWithPdfMagic(file)) {
            // most evidence: what Tika's registry answers for it, without loading the registry and trying its
            // thousands of magic patterns on every file (a seventh of the reading threads' CPU in the first audit)
            return "application/pdf";
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static boolean startsWithPdfMagic(Path file) {
        byte[] magic = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    private static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes < mb) {
            return bytes + " bytes";
        }
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }

    /** Starts text parser children now, in the background, instead of on the first file. */
    public void prestart(int textChildren) {
        textPool.prestart(Math.min(textChildren, limits.textWorkers()));
    }

    /** Whether scans are OCR-ed: OCR is switched on and the chosen engine has the language. */
    @Override
    public boolean ocrAvailable() {
        return ocrUsable;
    }

    @Override
    public void close() {
        textPool.close();
        ocrPool.close();
    }
}
