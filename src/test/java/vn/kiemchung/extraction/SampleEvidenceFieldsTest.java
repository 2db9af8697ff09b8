package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import vn.kiemchung.assessment.DocumentEntry;
import vn.kiemchung.assessment.FiledDocument;
import vn.kiemchung.extraction.parsing.OcrEngine;

/**
 * Reads every file of the sample dossier with the real parser and field extractors and compares
 * the result with {@code sample-evidence/expected/<path>.yaml}. The expected files are listed at
 * run time, so files added to the sample are checked without touching this test.
 *
 * <p>Keys are the contract's {@code documents[]} names ({@link DocumentEntry}). Keys that are not
 * entry fields ({@code defects}: the findings a file is planted to raise) belong to the audit
 * tests and are skipped here. Set {@code -Dkiemchung.sampleText=<dir>} to write each file's text
 * there, for looking at misses.
 */
class SampleEvidenceFieldsTest {

    /** The sample folder; {@code -Dkiemchung.sampleEvidence=<dir>} checks another copy of it. */
    private static final Path ROOT = Path.of(System.getProperty("kiemchung.sampleEvidence", "sample-evidence"));
    private static final Path SAMPLES = ROOT.resolve("bac-lieu-2023");
    private static final Path EXPECTED = ROOT.resolve("expected");
    /** Not about one file: the dossier-level findings and the pinned audit report. */
    private static final java.util.Set<String> NOT_FILES = java.util.Set.of("dossier.yaml", "report.yaml");

    private static TikaTextExtractor extractor;
    private static DocumentReader reader;

    @AfterAll
    static void stopExtractor() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleFileReadsAsExpected() throws IOException {
        List<Path> expectations = expectationFiles();
        assertThat(expectations).as("expected yaml files under " + EXPECTED).isNotEmpty();
        extractor = new TikaTextExtractor(ParseLimits.defaults());
        reader = new DocumentReader(extractor, ExtractionCache.NONE);
        return expectations.stream().map(yaml -> {
            String relative = relativePath(yaml);
            return DynamicTest.dynamicTest(relative, () -> check(relative, load(yaml)));
        });
    }

    private static List<Path> expectationFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !NOT_FILES.contains(EXPECTED.relativize(p).toString()))
                    .sorted()
                    .toList();
        }
    }

    /** "1.7/Kế hoạch 176 ....docx" for "expected/1.7/Kế hoạch 176 ....docx.yaml". */
    private static String relativePath(Path yaml) {
        String rel = EXPECTED.relativize(yaml).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - ".yaml".length());
    }

    private static Map<String, Object> load(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            Map<String, Object> map = new Yaml().load(in);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String relative, Map<String, Object> expected) {
        if (Boolean.TRUE.equals(expected.get("ocr"))) {
            // OCR is inside the jar for Linux, Windows and macOS: a scan is read with nothing installed.
            assumeTrue(OcrEngine.EMBEDDED.available("vie") || OcrEngine.SYSTEM.available("vie"),
                    "no OCR engine for this platform: scanned sample " + relative + " not checked");
            assertThat(extractor.ocrAvailable()).as("OCR available for " + relative).isTrue();
        }
        Path file = SAMPLES.resolve(relative);
        assertThat(file).as("sample file for expected/" + relative + ".yaml").isRegularFile();
        ExtractedDocument document = reader.read(file, file.getFileName().toString());
        dumpText(relative, document);
        String code = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        DocumentEntry entry = DocumentEntry.of(new FiledDocument(relative, code, document));
        Map<String, Object> actual = fields(entry);

        // A file that is not meant to be read has no fields to compare: only why it was not read.
        Map<String, Object> compared = "OK".equals(expected.get("outcome"))
                ? expected
                : Map.of("outcome", String.valueOf(expected.get("outcome")));
        List<String> mismatches = new ArrayList<>();
        compared.forEach((key, want) -> {
            if (!actual.containsKey(key)) {
                return;
            }
            String wanted = text(want);
            String got = text(actual.get(key));
            if (!Objects.equals(wanted, got)) {
                mismatches.add("  " + key + ": expected " + quoted(wanted) + " but was " + quoted(got));
            }
        });
        if (!mismatches.isEmpty()) {
            fail(relative + " (" + document.outcome() + (document.reason() == null ? "" : ": " + document.reason())
                    + ")\n" + String.join("\n", mismatches));
        }
    }

    /** The entry's fields by name, as the report writes them. */
    private static Map<String, Object> fields(DocumentEntry entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : DocumentEntry.class.getRecordComponents()) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(entry));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** Both sides as text, so 0 and "0", true and "true", a YAML date and its ISO form compare equal. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            // an unquoted YAML date: SnakeYAML reads it as midnight UTC
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static void dumpText(String relative, ExtractedDocument document) {
        String dir = System.getProperty("kiemchung.sampleText");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path out = Path.of(dir).resolve(relative + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, document.text() == null ? "" : document.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
