package vn.kiemchung.extraction.parsing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.RawText.PdfSignature;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.platform.ZipArchives;

/**
 * Reads one file with Tika inside the child process: text with page breaks, selected metadata,
 * PDF signatures, and an outcome instead of an exception.
 */
final class FileParser {

    static final String SCAN_WITHOUT_OCR = RawText.SCAN_WITHOUT_OCR;

    /**
     * A PDF page with fewer characters than this has no text layer, and sends the file to the OCR
     * pool. Kept at one: a short but real page ("Trang 2") must not cost an OCR pass; Tika's own
     * AUTO strategy then decides page by page inside that pass.
     */
    private static final int PAGE_TEXT_MIN_CHARS = 1;

    private static final String PDF_TYPE = "application/pdf";

    /** Text below this size is never called a bomb, like Tika's own output threshold. */
    private static final long BOMB_OUTPUT_THRESHOLD = 1_000_000;

    private static final String TRUNCATED_PDF = "truncated or corrupt: PDF ends without %%EOF marker";

    /** Scans are rendered at this resolution for the embedded engine, as a 300 dpi scanner would. */
    private static final int OCR_DPI = 300;

    /** A page is rendered at a lower resolution when 300 dpi would make it larger than this (an A0 poster). */
    private static final long OCR_MAX_PIXELS = 40_000_000L;

    private final AutoDetectParser parser = new AutoDetectParser();

    /**
     * PDFBox's one-time tables, filled on the first PDF a child reads (the two-byte strings of every CMap,
     * the Adobe glyph list, the text engine's own tables: about a third of a second), are filled in a thread
     * of their own while Tika loads: the first file does not wait for them. Nothing is read from any file.
     */
    static void warmUpBeside() {
        Thread thread = new Thread(() -> {
            for (String type : List.of("org.apache.fontbox.cmap.CMapStrings", "org.apache.pdfbox.pdmodel.font.encoding.GlyphList",
                    "org.apache.pdfbox.text.LegacyPDFStreamEngine", "org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding",
                    "org.apache.pdfbox.pdmodel.font.encoding.StandardEncoding")) {
                try {
                    Class.forName(type, true, FileParser.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // another PDFBox: the first PDF fills what it has
                }
            }
        }, "pdfbox-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Made on the first scan this child reads; null until then, or when it could not start. */
    private EmbeddedOcr embeddedOcr;
    private String embeddedOcrFailure;

    ParseReply parse(ParseRequest request) {
        long started = System.nanoTime();
        RawTextAndOcr result = read(request);
        return new ParseReply(result.raw(), result.needsOcr(), (System.nanoTime() - started) / 1_000_000);
    }

    private record RawTextAndOcr(RawText raw, boolean needsOcr) {
    }

    private RawTextAndOcr read(ParseRequest request) {
        Path file = Path.of(request.path());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, "cannot open file: " + Failures.message(e),
                    MediaType.OCTET_STREAM.toString()), false);
        }
        if (size == 0) {
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, "empty file",
                    MediaType.OCTET_STREAM.toString()), false);
        }
        String bombReason = ZipArchives.declaredBomb(file, ZipArchives.LIMITS.withRatio(request.maxZipRatio()));
        if (bombReason != null) {
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, bombReason, "application/zip"), false);
        }

        Metadata metadata = new Metadata();
        if (request.fileName() != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.fileName());
        }
        AutoDetectParserConfig secure = new AutoDetectParserConfig();
        secure.setMaximumCompressionRatio(request.maxZipRatio());
        parser.setAutoDetectParserConfig(secure);

        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        // Tika runs the tesseract command only for the system engine; the embedded one reads the
        // pages Tika found without text afterwards (see ocrPages).
        boolean tikaOcr = request.ocr() && request.ocrEngine() == OcrEngine.SYSTEM;
        // Set explicitly on every call: with tesseract on the PATH, Tika would otherwise OCR in English.
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(request.ocrLanguage());
        ocr.setSkipOcr(!tikaOcr);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(tikaOcr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, request.maxEmbeddedDepth(),
                request.maxEmbeddedCount(), ZipArchives.LIMITS.withRatio(request.maxZipRatio()).budget(size));
        context.set(EmbeddedDocumentExtractor.class, embedded);

        PageText text = new PageText(request.maxChars());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new BodyContentHandler(text), metadata, context);
        } catch (Throwable thrown) {
            if (thrown instanceof OutOfMemoryError oom) {
                throw oom;
            }
            if (embedded.bombDetected()) {
                return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE,
                        embedded.bombReason(),
                        mediaType(metadata)), false);
            }
            if (!text.truncated() && !WriteLimitReachedException.isWriteLimitReached(thrown)) {
                RawText failed = Failures.of(thrown, mediaType(metadata));
                if (failed.outcome() == Outcome.UNREADABLE && PDF_TYPE.equals(failed.mediaType())
                        && !endsWithEofMarker(file)) {
                    // The parser's complaint is a symptom; the missing end marker is the cause.
                    failed = RawText.failed(Outcome.UNREADABLE, TRUNCATED_PDF + " (" + Failures.message(thrown) + ")",
                            PDF_TYPE);
                }
                return new RawTextAndOcr(failed, false);
            }
        }
        if (embedded.bombDetected()) {
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE,
                    embedded.bombReason(),
                    mediaType(metadata)), false);
        }
        return finish(file, size, request, metadata, text, embedded);
    }

    private RawTextAndOcr finish(Path file, long size, ParseRequest request, Metadata metadata, PageText text,
                                 BoundedEmbeddedExtractor embedded) {
        String type = mediaType(metadata);
        long produced = text.text().length();
        if (produced >= BOMB_OUTPUT_THRESHOLD && produced > size * request.maxZipRatio()) {
            // Tika's own ratio check measures against bytes it has read, which nested archives
            // hide; measured against the file on disk, a megabyte of text from a tiny file is a bomb.
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, "decompression bomb: ratio 1:"
                    + produced / size + " (limit 1:" + request.maxZipRatio() + ")", type), false);
        }
        boolean isPdf = PDF_TYPE.equals(type);
        if (isPdf && !endsWithEofMarker(file)) {
            // PDFBox repairs cut files quietly and returns the pages it could find; a cut
            // document is still not the evidence that was submitted.
            return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, TRUNCATED_PDF, type), false);
        }
        String parsed = text.text();
        int pages = intValue(metadata.get("xmpTPg:NPages"), isPdf ? text.pageDivs() : 0);
        int pagesWithoutText = 0;
        for (String chars : metadata.getValues(PDF.CHARACTERS_PER_PAGE)) {
            if (intValue(chars, 0) < PAGE_TEXT_MIN_CHARS) {
                pagesWithoutText++;
            }
        }
        boolean image = type.startsWith("image/");
        boolean embeddedOcrUsed = false;
        boolean ocrMissing = !request.ocr();
        String ocrError = null;
        if (request.ocr() && request.ocrEngine() == OcrEngine.EMBEDDED && (image || (isPdf && pagesWithoutText > 0))) {
            EmbeddedOcr engine = embeddedOcr(request.ocrLanguage());
            if (engine == null) {
                // The capability is missing, not the text: said so below, so the file is read again later.
                ocrMissing = true;
                ocrError = embeddedOcrFailure;
            } else try {
                parsed = image ? ocrImage(engine, file) : ocrPages(engine, file, parsed,
                        metadata.getValues(PDF.CHARACTERS_PER_PAGE));
                embeddedOcrUsed = true;
            } catch (IOException | RuntimeException e) {
                if (image) {
                    return new RawTextAndOcr(Failures.of(e, type), false);
                }
                // the text layer of the other pages is still worth keeping, with what went wrong
                ocrError = Failures.message(e);
            }
        }
        String body = Normalizer.normalize(parsed, Normalizer.Form.NFC).strip();
        boolean ocrUsed = embeddedOcrUsed || intValue(metadata.get(PDF.OCR_PAGE_COUNT), 0) > 0
                || (image && request.ocr() && !body.isEmpty());

        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : List.of("dc:creator", "dcterms:created", "pdf:producer", "pdf:encrypted")) {
            String value = metadata.get(key);
            if (value != null) {
                kept.put(key, value);
            }
        }
        if (text.truncated()) {
            kept.put("truncated", "text cut at " + request.maxChars() + " characters");
        }
        if (embedded.skipped() > 0) {
            kept.put("embeddedSkipped", embedded.skipped() + " embedded documents over the depth or count limit");
        }
        if (pagesWithoutText > 0 && ocrMissing) {
            kept.put("pagesWithoutText", String.valueOf(pagesWithoutText));
        }
        if (ocrError != null) {
            kept.put("ocrError", ocrError);
        }

        List<PdfSignature> signatures = List.of();
        // Opening the PDF a second time costs as much as parsing it: only when Tika saw a signature.
        if (isPdf && Boolean.parseBoolean(metadata.get(org.apache.tika.metadata.TikaCoreProperties.HAS_SIGNATURE))) {
            try {
                signatures = PdfSignatures.read(file);
            } catch (Exception e) {
                RawText failed = Failures.of(e, type);
                if (failed.outcome() == Outcome.ENCRYPTED) {
                    return new RawTextAndOcr(failed, false);
                }
                kept.put("signatureError", Failures.message(e));
            }
        }

        if (body.isEmpty()) {
            boolean scan = image || (isPdf && pages > 0);
            if (scan) {
                String reason = ocrMissing ? SCAN_WITHOUT_OCR : "OCR found no text";
                return new RawTextAndOcr(new RawText(Outcome.NO_TEXT, reason, type, "", pages, ocrUsed,
                        Map.copyOf(kept), signatures), ocrMissing);
            }
            if (isUnsupported(type, metadata)) {
                return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, "unsupported file type " + type, type),
                        false);
            }
            return new RawTextAndOcr(new RawText(Outcome.NO_TEXT, "no text in document", type, "", pages, false,
                    Map.copyOf(kept), signatures), false);
        }
        boolean needsOcr = isPdf && ocrMissing && pagesWithoutText > 0;
        return new RawTextAndOcr(new RawText(Outcome.OK, null, type, body, pages, ocrUsed, Map.copyOf(kept),
                signatures), needsOcr);
    }

    private EmbeddedOcr embeddedOcr(String language) {
        if (embeddedOcr == null && embeddedOcrFailure == null) {
            try {
                embeddedOcr = EmbeddedOcr.start(language);
                // freed before the child exits, else Tesseract reports its model as leaked on stderr
                EmbeddedOcr engine = embeddedOcr;
                Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "ocr-engine-close"));
            } catch (RuntimeException | LinkageError e) {
                embeddedOcrFailure = e.getMessage();
            }
        }
        return embeddedOcr;
    }

    /** Every frame of an image (a TIFF may hold several pages), read by the embedded engine. */
    private static String ocrImage(EmbeddedOcr engine, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for this file");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                for (int i = 0; i < frames; i++) {
                    if (i > 0) {
                        out.append('\f');
                    }
                    java.awt.image.BufferedImage frame = reader.read(i);
                    long pixels = (long) frame.getWidth() * frame.getHeight();
                    if (pixels > OCR_MAX_PIXELS) {
                        throw new IOException("image of " + pixels + " pixels is over the OCR limit of " + OCR_MAX_PIXELS);
                    }
                    out.append(engine.read(frame, OCR_DPI).strip());
                }
            } finally {
                reader.dispose();
            }
        }
        return out.toString();
    }

    /**
     * The PDF's text with each page that has no text layer replaced by what the engine reads from
     * the page rendered as a scanner would see it. Pages are separated by form feeds, as Tika does.
     */
    private static String ocrPages(EmbeddedOcr engine, Path file, String parsed, String[] charsPerPage)
            throws IOException {
        String[] pageTexts = parsed.split("\f", -1);
        boolean aligned = pageTexts.length == charsPerPage.length;
        java.util.List<String> out = new java.util.ArrayList<>(java.util.Arrays.asList(pageTexts));
        StringBuilder unaligned = new StringBuilder();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            int count = Math.min(pdf.getNumberOfPages(), charsPerPage.length);
            for (int i = 0; i < count; i++) {
                if (intValue(charsPerPage[i], 0) >= PAGE_TEXT_MIN_CHARS) {
                    continue;
                }
                var box = pdf.getPage(i).getMediaBox();
                double inches = (double) box.getWidth() / 72 * box.getHeight() / 72;
                float dpi = (float) Math.min(OCR_DPI, Math.sqrt(OCR_MAX_PIXELS / Math.max(inches, 0.01)));
                java.awt.image.BufferedImage page = renderer.renderImageWithDPI(i, dpi,
                        org.apache.pdfbox.rendering.ImageType.GRAY);
                String read = engine.read(page, Math.round(dpi)).strip();
                if (aligned) {
                    out.set(i, read);
                } else {
                    unaligned.append('\f').append(read);
                }
            }
        }
        return String.join("\f", out) + unaligned;
    }

    private static boolean isUnsupported(String type, Metadata metadata) {
        if (MediaType.OCTET_STREAM.toString().equals(type)) {
            return true;
        }
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        for (String name : parsers) {
            if (!name.endsWith("EmptyParser") && !name.endsWith("DefaultParser")) {
                return false;
            }
        }
        return true;
    }

    /** Readers accept %%EOF anywhere in the last 1024 bytes, so this check does too. */
    private static boolean endsWithEofMarker(Path file) {
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int tail = (int) Math.min(1024, size);
            channel.position(size - tail);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(tail);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading until the tail is complete
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private static int intValue(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return MediaType.OCTET_STREAM.toString();
        }
        MediaType parsed = MediaType.parse(type);
        return parsed == null ? type : parsed.getBaseType().toString();
    }
}
