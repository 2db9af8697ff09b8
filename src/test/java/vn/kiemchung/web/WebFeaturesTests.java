package vn.kiemchung.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web layer is one module split by feature (docs/architecture.md): a feature package uses the shell
 * ({@code vn.kiemchung.web}) and the modules' APIs, never another feature package, and the shell uses no
 * feature package.
 */
class WebFeaturesTests {

    static final List<String> FEATURES = List.of("accounts", "dossiers", "review", "rules");

    private final JavaClasses web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.kiemchung.web");

    @Test
    void aFeatureUsesNoOtherFeature() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "vn.kiemchung.web." + f + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.kiemchung.web." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("feature packages of the web layer share only the shell")
                    .check(web);
        }
    }

    @Test
    void theShellUsesNoFeature() {
        noClasses().that().resideInAPackage("vn.kiemchung.web")
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> "vn.kiemchung.web." + f + "..").toArray(String[]::new))
                .because("every feature uses the shell, so the shell cannot use a feature")
                .check(web);
    }

    @Test
    void everyWebClassIsInTheShellOrAFeature() {
        // a new web package is a new feature: add it to FEATURES and to docs/architecture.md
        assertThat(web.stream().map(JavaClass::getPackageName).distinct())
                .allMatch(p -> p.equals("vn.kiemchung.web") || FEATURES.stream().anyMatch(f -> p.equals("vn.kiemchung.web." + f)))
                .contains("vn.kiemchung.web", "vn.kiemchung.web.accounts", "vn.kiemchung.web.dossiers", "vn.kiemchung.web.review",
                        "vn.kiemchung.web.rules");
    }
}
