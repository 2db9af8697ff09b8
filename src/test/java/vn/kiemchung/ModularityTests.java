package vn.kiemchung;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void writesModuleDocumentationIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(Path.of(DOCS, "components.puml")).exists();
        assertThat(Files.exists(Path.of(DOCS, "module-assessment.puml"))).isTrue();
    }
}
