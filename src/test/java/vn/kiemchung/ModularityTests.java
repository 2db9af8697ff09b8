package vn.kiemchung;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Where the module documentation is kept with the sources (docs/architecture.md links to it). */
    static final String DOCS = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(KiemchungApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(Path.of(DOCS, "components.puml")).exists();
        assertThat(Files.exists(Path.of(DOCS, "module-assessment.puml"))).isTrue();
        try (Stream<Path> diagrams = Files.list(Path.of(DOCS))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                inStableOrder(diagram);
            }
        }
    }

    /**
     * The documenter lists a diagram's relations in no fixed order; sorted, a diagram changes in git only
     * when the modules do.
     */
    private static void inStableOrder(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram, StandardCharsets.UTF_8));
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                end++;
            }
            if (end > i) {
                Collections.sort(lines.subList(i, end));
                i = end;
            } else {
                i++;
            }
        }
        Files.write(diagram, lines, StandardCharsets.UTF_8);
    }
}
