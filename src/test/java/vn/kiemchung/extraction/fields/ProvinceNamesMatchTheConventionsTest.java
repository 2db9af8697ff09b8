package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The header reader's spelling list of place names (Provinces) and the experts' conventions
 * (rules/conventions/provinces.csv, which say when each name is valid and what it became) must name the
 * same provinces: a name the experts add is read in headers, and the reader knows no name the data lacks.
 */
class ProvinceNamesMatchTheConventionsTest {

    private static List<String> conventionNames() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules/conventions/provinces.csv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.replace("\uFEFF", "").split(",", 2)[0].strip())
                .toList();
    }

    @Test
    void everyProvinceOfTheConventionsIsReadInAHeader() throws IOException {
        for (String name : conventionNames()) {
            assertThat(Provinces.byName(name)).as(name).contains(name);
            assertThat(Provinces.inIssuer("ỦY BAN NHÂN DÂN TỈNH " + name.toUpperCase(java.util.Locale.ROOT)))
                    .as("UBND TỈNH " + name).isEqualTo(Optional.of(name));
        }
    }

    @Test
    void theReaderKnowsNoProvinceTheConventionsLeaveOut() throws IOException {
        List<String> names = conventionNames();
        assertThat(Provinces.names()).allSatisfy(n -> assertThat(names).as("rules/conventions/provinces.csv").contains(n));
    }
}
