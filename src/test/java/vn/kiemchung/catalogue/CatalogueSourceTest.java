package vn.kiemchung.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way to an indicator set: read once, read again when its files change, empty for a year without one. */
class CatalogueSourceTest {

    @TempDir
    Path rules;

    @Test
    void aYearIsReadOnceAndAgainOnlyWhenItsFilesChange() throws IOException {
        copyYear(2023);
        CatalogueSource source = CatalogueSource.under(rules);
        Catalogue first = source.year(2023).orElseThrow();
        assertThat(source.year(2023).orElseThrow()).as("unchanged files: the set kept").isSameAs(first);

        Path file = rules.resolve("2023").resolve("catalogue.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8); // one more (empty) line: size and time change
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        Catalogue second = source.year(2023).orElseThrow();
        assertThat(second).as("an edited file is read again").isNotSameAs(first);
        assertThat(second.indicators()).hasSameSizeAs(first.indicators());
    }

    @Test
    void aYearWithoutASetIsEmptyAndYearsListOnlyThoseWithOne() throws IOException {
        copyYear(2023);
        Files.createDirectories(rules.resolve("2031"));
        CatalogueSource source = CatalogueSource.under(rules);
        assertThat(source.years()).containsExactly(2023);
        assertThat(source.year(2031)).isEmpty();
        assertThat(source.year(2022)).isEmpty();
    }

    @Test
    void theFolderItReadsMayChangeUnderIt() throws IOException {
        copyYear(2023);
        Path other = Files.createDirectories(rules.resolve("other"));
        Path[] root = {rules};
        CatalogueSource source = CatalogueSource.under(() -> root[0]);
        assertThat(source.year(2023)).isPresent();
        root[0] = other; // a reload that serves another folder
        assertThat(source.year(2023)).isEmpty();
        assertThat(source.years()).isEmpty();
    }

    private void copyYear(int year) throws IOException {
        Path dir = Files.createDirectories(rules.resolve(String.valueOf(year)));
        for (String name : new String[] {"catalogue.csv", "main-indicators.csv"}) {
            Files.copy(Path.of("rules", String.valueOf(year), name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
