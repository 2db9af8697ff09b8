package vn.kiemchung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.platform.FileTrees;

/**
 * A second audit of a dossier whose files and rules did not change answers from the previous
 * report, byte for byte; changing one file or one rule audits again.
 */
class ReauditTests {

    @TempDir
    Path dir;
    Path dossier;
    Path rules;

    @BeforeEach
    void dossierAndRules() throws IOException {
        System.setProperty("kiemchung.cache", dir.resolve("cache").toString());
        dossier = dir.resolve("ho-so");
        Files.createDirectories(dossier.resolve("1.1"));
        Files.writeString(dossier.resolve("dossier.yaml"), "province: \"Tỉnh Bạc Liêu\"\nyear: 2023\n");
        Files.write(dossier.resolve("1.1/qd.pdf"), AuditCommandTests.pdf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "QUYẾT ĐỊNH"));
        rules = dir.resolve("rules");
        FileTrees.copy(Path.of("rules"), rules);
    }

    @AfterEach
    void forgetTheCacheFolder() {
        System.clearProperty("kiemchung.cache");
    }

    private Run audit(String out) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = KiemchungCli.run(new String[] {"audit", dossier.toString(), "--format", "json", "--out",
                        dir.resolve(out).toString(), "--rules", rules.toString(), "--timings"},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            return new Run(exit, Files.readAllBytes(dir.resolve(out)), stderr.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(stderr.toString(StandardCharsets.UTF_8), e);
        }
    }

    record Run(int exit, byte[] report, String err) {
        boolean reused() {
            return err.contains("report reused");
        }
    }

    @Test
    void aSecondAuditOfAnUnchangedDossierIsThePreviousReportByteForByte() {
        Run first = audit("first.json");
        assertThat(first.reused()).as(first.err()).isFalse();
        Run second = audit("second.json");
        assertThat(second.reused()).as(second.err()).isTrue();
        assertThat(second.report()).isEqualTo(first.report());
        assertThat(second.exit()).isEqualTo(first.exit());
    }

    @Test
    void changingOneFileAuditsAgain() throws IOException {
        Run first = audit("first.json");
        Files.write(dossier.resolve("1.1/qd.pdf"), AuditCommandTests.pdf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "KẾ HOẠCH"));
        Run second = audit("second.json");
        assertThat(second.reused()).as(second.err()).isFalse();
        assertThat(new String(second.report(), StandardCharsets.UTF_8)).isNotEqualTo(new String(first.report(), StandardCharsets.UTF_8));
    }

    @Test
    void changingOneRuleAuditsAgain() throws IOException {
        Run first = audit("first.json");
        Files.writeString(rules.resolve("common").resolve("reaudit-note.drl"), """
                package rules.kiemchung;
                import vn.kiemchung.rules.DocumentFact;
                import vn.kiemchung.rules.Finding;
                rule "REAUDIT_NOTE every document is noted"
                when
                    $d : DocumentFact( )
                then
                    insert( Finding.about( kcontext, "INFO", "REAUDIT_NOTE", $d, "ghi chú", "a note" ) );
                end
                """, StandardCharsets.UTF_8);
        Run second = audit("second.json");
        assertThat(second.reused()).as(second.err()).isFalse();
        assertThat(new String(second.report(), StandardCharsets.UTF_8)).contains("REAUDIT_NOTE")
                .doesNotContain(new String(first.report(), StandardCharsets.UTF_8));
    }
}
