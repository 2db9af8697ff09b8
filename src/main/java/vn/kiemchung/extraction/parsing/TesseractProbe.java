package vn.kiemchung.extraction.parsing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether {@code tesseract} is on the PATH with a given language. Asked once per language per
 * JVM, because OCR routing depends on it for every file and the answer does not change.
 */
public final class TesseractProbe {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractProbe.class);
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

    private TesseractProbe() {
    }

    public static boolean available(String language) {
        return ANSWERS.computeIfAbsent(language, TesseractProbe::probe);
    }

    private static boolean probe(String language) {
        String languages;
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (InputStream out = process.getInputStream()) {
                languages = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("Tesseract did not answer --list-langs: scans will be reported as not extractable");
                return false;
            }
        } catch (IOException e) {
            LOG.warn("Tesseract not found: scans will be reported as not extractable");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean hasLanguage = languages.lines().map(String::strip).anyMatch(language::equals);
        if (!hasLanguage) {
            LOG.warn("Tesseract has no '{}' language data: scans will be reported as not extractable", language);
        } else {
            LOG.info("Tesseract found with '{}': scans will be OCR-ed", language);
        }
        return hasLanguage;
    }
}
