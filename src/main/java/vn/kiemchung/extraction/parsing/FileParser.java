package vn.kiemchung.extraction.parsing;

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
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.RawText.PdfSignature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one file with Tika inside the child process: text with page breaks, selected metadata,
 * PDF signatures, and an outcome instead of an exception.
 */
final class FileParser {

    static final String SCAN_WITHOUT_OCR = "scanned image without text layer; OCR unavailable";

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

    private final AutoDetectParser parser = new AutoDetectParser();

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
        String bombReason = ZipRatioCheck.bombReason(file, request.maxZipRatio());
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
        // Set explicitly on every call: with tesseract on the PATH, Tika would otherwise OCR in English.
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(request.ocrLanguage());
        ocr.setSkipOcr(!request.ocr());
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(request.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, request.maxEmbeddedDepth(),
                request.maxEmbeddedCount(), ZipRatioCheck.expansionBudget(size, request.maxZipRatio()));
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
        String body = Normalizer.normalize(text.text(), Normalizer.Form.NFC).strip();
        int pages = intValue(metadata.get("xmpTPg:NPages"), isPdf ? text.pageDivs() : 0);
        int pagesWithoutText = 0;
        for (String chars : metadata.getValues(PDF.CHARACTERS_PER_PAGE)) {
            if (intValue(chars, 0) < PAGE_TEXT_MIN_CHARS) {
                pagesWithoutText++;
            }
        }
        boolean image = type.startsWith("image/");
        boolean ocrUsed = intValue(metadata.get(PDF.OCR_PAGE_COUNT), 0) > 0
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
        if (pagesWithoutText > 0 && !request.ocr()) {
            kept.put("pagesWithoutText", String.valueOf(pagesWithoutText));
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
                String reason = request.ocr() ? "OCR found no text" : SCAN_WITHOUT_OCR;
                return new RawTextAndOcr(new RawText(Outcome.NO_TEXT, reason, type, "", pages, ocrUsed,
                        Map.copyOf(kept), signatures), !request.ocr());
            }
            if (isUnsupported(type, metadata)) {
                return new RawTextAndOcr(RawText.failed(Outcome.UNREADABLE, "unsupported file type " + type, type),
                        false);
            }
            return new RawTextAndOcr(new RawText(Outcome.NO_TEXT, "no text in document", type, "", pages, false,
                    Map.copyOf(kept), signatures), false);
        }
        boolean needsOcr = isPdf && !request.ocr() && pagesWithoutText > 0;
        return new RawTextAndOcr(new RawText(Outcome.OK, null, type, body, pages, ocrUsed, Map.copyOf(kept),
                signatures), needsOcr);
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
