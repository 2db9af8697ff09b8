package vn.kiemchung.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.kiemchung.extraction.fields.CapitalFontRepair;
import vn.kiemchung.extraction.fields.DocumentFieldReader;

/**
 * Reads one file into an {@link ExtractedDocument}: parse in isolation, repair legacy encodings,
 * normalise, score the text, extract the Decree 30 fields. Results are cached by content.
 */
public final class DocumentReader {

    /** Bump when extraction changes in a way that should re-read cached files. */
    public static final String EXTRACTOR_VERSION = "x3";

    private static final int QUALITY_SAMPLE = 20_000;

    private final TextExtractor extractor;
    private final ExtractionCache cache;
    private final DocumentFieldReader fieldReader = new DocumentFieldReader();

    public DocumentReader(TextExtractor extractor, ExtractionCache cache) {
        this.extractor = extractor;
        this.cache = cache;
    }

    public ExtractedDocument read(Path file, String fileName) {
        return read(file, fileName, sha256(file));
    }

    public ExtractedDocument read(Path file, String fileName, String sha256) {
        var cached = cached(sha256);
        if (cached.isPresent()) {
            return cached.get();
        }
        ExtractedDocument document = interpret(sha256, extractor.extract(file, fileName));
        cache.save(document);
        return document;
    }

    /**
     * What was read from these bytes before, if anything: callers holding only a hash need not fetch
     * the bytes. A reading made without OCR does not count where OCR now runs: the file is read again.
     */
    public java.util.Optional<ExtractedDocument> cached(String sha256) {
        return cache.find(sha256, EXTRACTOR_VERSION).filter(d -> !(d.readWithoutOcr() && extractor.ocrAvailable()));
    }

    /** Whether scans can be read here (a reading made without OCR is then not final). */
    public boolean ocrAvailable() {
        return extractor.ocrAvailable();
    }

    ExtractedDocument interpret(String sha256, RawText raw) {
        String text = raw.text() == null ? "" : raw.text();
        String legacy = LegacyVietnameseEncoding.detect(text).orElse(null);
        text = readableText(text, legacy);
        RawText.Outcome outcome = raw.outcome();
        // A share: a sample of the text measures it as well as the whole and costs a fraction.
        double quality = text.isBlank() ? 0 : VietnameseText.syllableQuality(text.length() > QUALITY_SAMPLE
                ? text.substring(0, QUALITY_SAMPLE) : text);
        if (outcome == RawText.Outcome.OK && text.isBlank() && raw.ocr()) {
            outcome = RawText.Outcome.NO_TEXT;
        }
        DocumentFields fields = outcome == RawText.Outcome.OK ? fieldReader.read(text, raw.ocr()) : DocumentFields.empty();
        return new ExtractedDocument(sha256, EXTRACTOR_VERSION, outcome, raw.reason(), raw.mediaType(), raw.pages(),
                raw.ocr(), quality, legacy, outcome == RawText.Outcome.ENCRYPTED, raw.signatures(), fields, text,
                raw.ocrMissing());
    }

    /**
     * Parsed text as the field extractors need it: converted from the legacy encoding (null for
     * Unicode), normalised, and for TCVN3 with the capitals of its capitals-only font restored.
     */
    public static String readableText(String rawText, String legacy) {
        String text = rawText == null ? "" : rawText;
        // Before normalising: TCVN3 keeps "ư" in the soft hyphen, which normalisation removes.
        if (legacy != null) {
            text = LegacyVietnameseEncoding.toUnicode(text, legacy);
        }
        text = VietnameseText.normalize(text);
        if (LegacyVietnameseEncoding.TCVN3.equals(legacy)) {
            // TCVN3 capitals came from a capitals-only font that the text does not carry
            text = CapitalFontRepair.restore(text);
        }
        return text;
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
