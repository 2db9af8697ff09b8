package vn.kiemchung.extraction.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedRuntimeTest {

    @TempDir
    Path root;

    @Test
    void copiesOfEarlierJarsUnusedForDaysAreDeletedAndRecentOnesKept() throws IOException {
        Instant now = Instant.parse("2026-11-26T01:00:00Z");
        Path current = copy("current", now.minus(Duration.ofDays(30)));
        Path old = copy("old-build", now.minus(Duration.ofDays(4)));
        Path recent = copy("used-yesterday", now.minus(Duration.ofDays(1)));
        Path interrupted = Files.createDirectories(root.resolve("unpacking123"));
        Files.setLastModifiedTime(interrupted, FileTime.from(now.minus(Duration.ofDays(5))));

        UnpackedRuntime.prune(root, current, now);

        assertThat(current).as("the copy in use now, however old").exists();
        assertThat(recent).exists();
        assertThat(old).doesNotExist();
        assertThat(interrupted).doesNotExist();
    }

    private Path copy(String name, Instant lastUsed) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name).resolve("lib"));
        Path args = Files.writeString(root.resolve(name).resolve("classpath.args"), "-cp \"x\"\n");
        Files.setLastModifiedTime(args, FileTime.from(lastUsed));
        return dir.getParent();
    }
}
