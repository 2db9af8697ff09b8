package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.assessment.DossierException;
import vn.kiemchung.assessment.DossierZip;

/**
 * The one ZIP reader: the command line's zipped dossier gets the same name decoding, clutter list and limits
 * as an upload to the server (issue 15, item 4).
 */
class ZipArchivesTest {

    @TempDir
    Path temp;

    private Path zip(String name, Charset names, List<String> entries, byte[] content) throws IOException {
        Path zip = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(content);
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aDossierZippedByWindowsExplorerKeepsItsVietnameseNamesOnTheCommandLine() throws IOException {
        Charset windows = Charset.forName("windows-1258");
        Path zip = zip("ho-so.zip", windows, List.of("dossier.yaml", cp1258Form("1.1/Quyết định kiện toàn.pdf")),
                "x".getBytes(StandardCharsets.UTF_8));
        Path root = DossierZip.unpack(zip, temp.resolve("out"));
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(p -> Normalizer.normalize(root.relativize(p).toString().replace('\\', '/'), Normalizer.Form.NFC)))
                    .contains("1.1/Quyết định kiện toàn.pdf");
        }
    }

    /** Windows-1258 writes â ê ô ơ ư ă đ as letters and the five tones as combining marks after them. */
    private static String cp1258Form(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char x : d.toCharArray()) {
                (("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0) ? tone : letter).append(x);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }

    @Test
    void clutterIsTheSameListInAZipAndInAFolder() {
        for (String clutter : List.of("__MACOSX/1.1/._a.pdf", "1.1/.DS_Store", "1.1/Thumbs.db", "desktop.ini", "1.1/~$bao-cao.docx",
                ".git/config")) {
            assertThat(ZipArchives.isClutter(clutter)).as(clutter).isTrue();
        }
        for (String kept : List.of("1.1/quyet-dinh.pdf", "1.1/Báo cáo.docx", "2.3/ke.hoach.2023.pdf")) {
            assertThat(ZipArchives.isClutter(kept)).as(kept).isFalse();
        }
    }

    @Test
    void clutterIsLeftOutWhenADossierIsUnpacked() throws IOException {
        Path zip = zip("ho-so.zip", StandardCharsets.UTF_8, List.of("dossier.yaml", "1.1/a.pdf", "__MACOSX/1.1/._a.pdf",
                "1.1/.DS_Store", "1.1/~$a.docx"), "x".getBytes(StandardCharsets.UTF_8));
        Path root = DossierZip.unpack(zip, temp.resolve("out"));
        assertThat(root.resolve("1.1/a.pdf")).exists();
        assertThat(root.resolve("__MACOSX")).doesNotExist();
        assertThat(root.resolve("1.1/.DS_Store")).doesNotExist();
        assertThat(root.resolve("1.1/~$a.docx")).doesNotExist();
    }

    @Test
    void aBombIsRefusedOnTheCommandLineWithTheSameLimitAsOnTheServer() throws IOException {
        Path bomb = zip("bom.zip", StandardCharsets.UTF_8, List.of("dossier.yaml"), new byte[60 * 1024 * 1024]);
        assertThatThrownBy(() -> DossierZip.unpack(bomb, temp.resolve("out")))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("bom.zip").hasMessageContaining("decompression bomb")
                .hasMessageContaining("ratio 1:" + ZipArchives.LIMITS.maxRatio());
        assertThatThrownBy(() -> ZipArchives.check("bom.zip", bomb, Files.size(bomb), true, ZipArchives.LIMITS))
                .isInstanceOf(ZipRefusedException.class)
                .satisfies(e -> assertThat(((ZipRefusedException) e).bomb()).isTrue())
                .satisfies(e -> assertThat(((ZipRefusedException) e).words().vi()).contains("bom giải nén"));
        assertThat(ZipArchives.declaredBomb(bomb, ZipArchives.LIMITS)).startsWith("decompression bomb");
    }

    @Test
    void anEntryThatClimbsOutOfTheFolderIsRefused() throws IOException {
        Path slip = zip("slip.zip", StandardCharsets.UTF_8, List.of("dossier.yaml", "../../evil.txt"), new byte[] {1});
        assertThatThrownBy(() -> DossierZip.unpack(slip, temp.resolve("out")))
                .isInstanceOf(DossierException.class).hasMessageContaining("slip.zip").hasMessageContaining("escapes");
        assertThat(temp.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnythingIsExpanded() throws IOException {
        List<String> names = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "f" + i + ".txt").toList();
        Path many = zip("many.zip", StandardCharsets.UTF_8, names, new byte[] {1});
        ZipArchives.Limits ten = new ZipArchives.Limits(10, 1024 * 1024, 100, 1024 * 1024, 3);
        assertThatThrownBy(() -> ZipArchives.check("many.zip", many, Files.size(many), true, ten))
                .isInstanceOf(ZipRefusedException.class).hasMessageContaining("many.zip").hasMessageContaining("too many entries");
    }

    @Test
    void aCorruptArchiveNamesTheFile() throws IOException {
        Path broken = temp.resolve("hong.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> DossierZip.unpack(broken, temp.resolve("out")))
                .isInstanceOf(DossierException.class).hasMessageContaining("hong.zip").hasMessageContaining("corrupt");
    }
}
