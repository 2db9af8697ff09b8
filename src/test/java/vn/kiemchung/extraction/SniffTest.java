package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcut for PDFs in {@link TikaTextExtractor#sniff} answers what Tika's registry answers: on every
 * PDF of the sample dossiers and of the shared corpus (hostile ones included), and on files whose name
 * and bytes disagree, which still go to the registry.
 */
class SniffTest {

    @Test
    void everyPdfOfTheSamplesAndTheCorpusGetsTheRegistrysAnswer() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (Path root : List.of(Path.of("sample-evidence"), Path.of("../shared/corpus"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf"))
                            .forEach(pdfs::add);
                }
            }
        }
        assertThat(pdfs).as("the sample dossiers' PDFs at least").hasSizeGreaterThan(50);
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            assertThat(TikaTextExtractor.sniff(pdf, name)).as(pdf.toString()).isEqualTo(registry(pdf, name));
        }
    }

    @Test
    void aNameThatLiesIsJudgedByTheRegistry(@TempDir Path dir) throws Exception {
        Path jpeg = dir.resolve("quyết-định.pdf");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertThat(TikaTextExtractor.sniff(jpeg, jpeg.getFileName().toString())).isEqualTo("image/jpeg");

        Path illustrator = dir.resolve("logo.ai");
        Files.writeString(illustrator, "%PDF-1.5\n%âãÏÓ\n");
        assertThat(TikaTextExtractor.sniff(illustrator, "logo.ai")).isEqualTo(registry(illustrator, "logo.ai"))
                .isNotEqualTo("application/pdf");

        Path empty = dir.resolve("rỗng.pdf");
        Files.write(empty, new byte[0]);
        assertThat(TikaTextExtractor.sniff(empty, "rỗng.pdf")).isEqualTo(registry(empty, "rỗng.pdf"));
    }

    private static String registry(Path file, String name) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes().detect(in, metadata).getBaseType().toString();
        }
    }
}
