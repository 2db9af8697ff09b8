package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module keeps to its own tables: no SQL in the evidence module names the extraction tables
 * (extraction, extraction_job), and no SQL in the extraction module names the evidence module's tables.
 */
class QueueTablesStayApartTest {

    private static final Path MAIN = Path.of("src/main/java/vn/kiemchung");
    private static final Pattern EXTRACTION_TABLES =
            Pattern.compile("(?i)\\b(from|join|update|into|table)\\s+(extraction|extraction_job)\\b|extraction_job");
    private static final Pattern EVIDENCE_TABLES =
            Pattern.compile("(?i)\\b(from|join|update|into|table)\\s+(evidence|stored_object|dossier)\\b");

    @Test
    void theEvidenceModuleNeverNamesTheExtractionTables() {
        assertThat(offending(MAIN.resolve("evidence"), EXTRACTION_TABLES)).isEmpty();
    }

    @Test
    void theExtractionModuleNeverNamesTheEvidenceTables() {
        assertThat(offending(MAIN.resolve("extraction"), EVIDENCE_TABLES)).isEmpty();
    }

    @Test
    void thePatternsWouldSeeTheSqlTheyLookFor() {
        assertThat(EXTRACTION_TABLES.matcher("select status from extraction_job where").find()).isTrue();
        assertThat(EXTRACTION_TABLES.matcher("insert into extraction (sha256").find()).isTrue();
        assertThat(EVIDENCE_TABLES.matcher("update evidence set withdrawn_at").find()).isTrue();
        assertThat(EVIDENCE_TABLES.matcher(" from Evidence e join stored_object o").find()).isTrue();
        // and the queue itself does use its own table
        assertThat(offending(MAIN.resolve("extraction"), EXTRACTION_TABLES)).isNotEmpty();
    }

    private static List<String> offending(Path module, Pattern sql) {
        try (Stream<Path> files = Files.walk(module)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> !lines.get(i).strip().startsWith("*") && !lines.get(i).strip().startsWith("//"))
                            .filter(i -> sql.matcher(lines.get(i)).find())
                            .mapToObj(i -> f + ":" + (i + 1) + ": " + lines.get(i).strip());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
