package vn.kiemchung.extraction.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser child is where a hostile file runs code if a parser has a hole: it gets only the
 * environment it needs (PATH, language, temp folder, OCR settings), never the app's secrets.
 */
class ChildEnvironmentTests {

    @Test
    void theAppsSecretsAreNotPassedOn() {
        Map<String, String> parent = Map.of("PATH", "/usr/bin", "LANG", "vi_VN.UTF-8", "TESSDATA_PREFIX", "/usr/share/tessdata",
                "KIEMCHUNG_ADMIN_PASSWORD", "bi-mat", "KIEMCHUNG_DB_PASSWORD", "bi-mat", "KIEMCHUNG_S3_SECRET_KEY", "bi-mat",
                "AWS_SECRET_ACCESS_KEY", "bi-mat", "SPRING_DATASOURCE_PASSWORD", "bi-mat", "LD_PRELOAD", "/tmp/x.so");
        assertThat(ChildProcess.environment(parent)).containsOnlyKeys("PATH", "LANG", "TESSDATA_PREFIX");
    }

    @Test
    void aRealChildSeesOnlyTheKeptVariables(@TempDir Path dir) throws IOException {
        Path seen = dir.resolve("environ");
        // Not a parser: it writes what it was given and exits, so the start fails after it has run.
        assertThatThrownBy(() -> ChildProcess.start(List.of("sh", "-c", "tr '\\0' '\\n' < /proc/self/environ > " + seen),
                Duration.ofSeconds(20))).isInstanceOf(IOException.class);
        List<String> names = Arrays.stream(Files.readString(seen, StandardCharsets.UTF_8).split("\n"))
                .filter(l -> l.contains("=")).map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toList());
        names.remove("PWD"); // set by the shell itself
        names.remove("SHLVL");
        names.remove("_");
        assertThat(names).isNotEmpty().allMatch(ChildProcess.INHERITED::contains);
        assertThat(System.getenv().keySet()).as("this test only proves something where the JVM has more").isNotEmpty();
    }
}
