package vn.kiemchung.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the committed sample dossier under sample-evidence/. Off by default so that an
 * ordinary test run never touches committed files; run it with
 * {@code ./mvnw -q -o test -Dtest=RegenerateSampleDossier -Dkiemchung.regenerate=true}.
 */
@EnabledIfSystemProperty(named = "kiemchung.regenerate", matches = "true")
class RegenerateSampleDossier {

    @Test
    void writesTheSampleDossierIntoSampleEvidence() throws IOException {
        Path root = Path.of("sample-evidence");
        assertThat(SampleDossierGenerator.generate(root.resolve("bac-lieu-2023"), root.resolve("expected")))
                .isNotEmpty();
    }

    @Test
    void writesThe2025SampleDossierIntoSampleEvidence() throws IOException {
        Path root = Path.of("sample-evidence");
        assertThat(SampleDossier2025Generator.generate(root.resolve("ca-mau-2025"), root.resolve("expected-ca-mau-2025")))
                .isNotEmpty();
    }
}
