package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.platform.ZipArchives;

/** A ZIP upload becomes one evidence file per entry; the archive's limits hold before anything is stored. */
class ZipUnpackingTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    /** Stores like the intake decides: type by content against the allow-list; remembers names, bytes and temp files. */
    private final Map<String, byte[]> stored = new LinkedHashMap<>();
    private final List<Path> spooled = new ArrayList<>();
    private final ZipUnpacking.EntryStore store = (entry, name, label) -> {
        spooled.add(entry.path());
        try {
            String type = UploadPolicy.detect(entry.path());
            UploadPolicy.check(label, type, entry.path(), entry.size(), ZipArchives.LIMITS, false);
            stored.put(name, Files.readAllBytes(entry.path()));
            return new Evidence(stored.size(), 1, "1.1", name, entry.sha256(), entry.size(), type, "k", "test", null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    };

    @Test
    void entriesAreNamedUnderTheArchiveWithVietnameseNamesComposed() throws Exception {
        Path zip = zip(Map.of(
                Normalizer.normalize("Quyết định 412 kiện toàn BCĐ.txt", Normalizer.Form.NFD), "Quyết định",
                "Kế hoạch/Kế hoạch chuyển đổi số 2023.txt", "Kế hoạch"), StandardCharsets.UTF_8);

        List<UploadOutcome> outcomes = unpack("Hồ sơ 1.1.zip", zip);

        assertThat(stored.keySet()).containsExactlyInAnyOrder("Hồ sơ 1.1.zip/Quyết định 412 kiện toàn BCĐ.txt",
                "Hồ sơ 1.1.zip/Kế hoạch/Kế hoạch chuyển đổi số 2023.txt");
        assertThat(outcomes).allMatch(UploadOutcome::stored).extracting(UploadOutcome::name)
                .containsExactlyInAnyOrder("Hồ sơ 1.1.zip › Quyết định 412 kiện toàn BCĐ.txt",
                        "Hồ sơ 1.1.zip › Kế hoạch/Kế hoạch chuyển đổi số 2023.txt");
        assertThat(stored.get("Hồ sơ 1.1.zip/Kế hoạch/Kế hoạch chuyển đổi số 2023.txt"))
                .isEqualTo("Kế hoạch".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesWrittenByAVietnameseWindowsExplorerAreReadInItsCodePage() throws Exception {
        // Explorer writes names in the system code page without the UTF-8 flag: windows-1258
        // spells "ế" as "ê" and a combining acute accent, "ạ" as "a" and a combining dot below.
        Path zip = zip(Map.of("Kê\u0301 hoa\u0323ch.txt", "Kế hoạch"), Charset.forName("windows-1258"));

        unpack("ho-so.zip", zip);

        assertThat(stored.keySet()).containsExactly("ho-so.zip/Kế hoạch.txt");
    }

    @Test
    void foldersAndOperatingSystemClutterAreSkipped() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("thu-muc/", "");
        entries.put("__MACOSX/._bao-cao.txt", "resource fork");
        entries.put("__MACOSX/thu-muc/._ke-hoach.txt", "resource fork");
        entries.put(".DS_Store", "finder");
        entries.put("thu-muc/Thumbs.db", "thumbnails");
        entries.put("thu-muc/desktop.ini", "[.ShellClassInfo]");
        entries.put("thu-muc/bao-cao.txt", "Báo cáo");

        List<UploadOutcome> outcomes = unpack("ho-so.zip", zip(entries, StandardCharsets.UTF_8));

        assertThat(outcomes).hasSize(1);
        assertThat(stored.keySet()).containsExactly("ho-so.zip/thu-muc/bao-cao.txt");
    }

    @Test
    void aRefusedEntryDoesNotStopTheOthersAndItsReasonNamesArchiveAndEntry() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", "Quyết định".getBytes(StandardCharsets.UTF_8));
        entries.put("chuong-trinh.exe", HostileBytes.windowsExecutable());
        entries.put("b.txt", "Kế hoạch".getBytes(StandardCharsets.UTF_8));

        List<UploadOutcome> outcomes = unpack("ho-so.zip", zipBytes(entries, StandardCharsets.UTF_8));

        assertThat(outcomes).extracting(UploadOutcome::stored).containsExactly(true, false, true);
        UploadOutcome refused = outcomes.get(1);
        assertThat(refused.name()).isEqualTo("ho-so.zip › chuong-trinh.exe");
        assertThat(refused.refusal()).isEqualTo(vn.kiemchung.platform.Refusal.Reason.UNSUPPORTED_TYPE);
        assertThat(refused.reasonVi()).contains("ho-so.zip › chuong-trinh.exe").contains("tệp chương trình (.exe)").contains("không được nhận").doesNotContain("application/");
        assertThat(refused.reasonEn()).contains("ho-so.zip › chuong-trinh.exe").contains("a program file (.exe)").contains("is not accepted");
        assertThat(stored.keySet()).containsExactly("ho-so.zip/a.txt", "ho-so.zip/b.txt");
    }

    @Test
    void tooManyEntriesRefuseTheArchiveBeforeAnyEntryIsStored() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("tep-" + i + ".txt", "nội dung " + i);
        }
        ZipUnpacking unpacking = new ZipUnpacking(new ZipArchives.Limits(3, 1024 * MB, 100, 50 * MB, 3), 100 * MB);

        assertThatThrownBy(() -> unpacking.unpack("nhieu.zip", zip(entries, StandardCharsets.UTF_8),
                Files.size(dir.resolve("upload.zip")), store))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("nhieu.zip").hasMessageContaining("too many entries");
        assertThat(spooled).isEmpty();
    }

    @Test
    void aDecompressionBombIsRefusedBeforeAnyEntryIsStored() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", "Quyết định".getBytes(StandardCharsets.UTF_8));
        entries.put("zeros.txt", new byte[3 * (int) MB]);
        ZipUnpacking unpacking = new ZipUnpacking(new ZipArchives.Limits(100, 2 * MB, 100, MB, 3), 100 * MB);
        Path zip = zipBytes(entries, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> unpacking.unpack("bom.zip", zip, Files.size(zip), store))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("decompression bomb");
        assertThat(spooled).isEmpty();
    }

    @Test
    void anArchiveInsideIsStoredAsOneFileNotUnpacked() throws Exception {
        byte[] inner = Files.readAllBytes(zip(Map.of("ben-trong.txt", "Báo cáo"), StandardCharsets.UTF_8));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ban-sao/ben-trong.zip", inner);
        entries.put("ke-hoach.txt", "Kế hoạch".getBytes(StandardCharsets.UTF_8));

        unpack("ho-so.zip", zipBytes(entries, StandardCharsets.UTF_8));

        assertThat(stored.keySet()).containsExactly("ho-so.zip/ban-sao/ben-trong.zip", "ho-so.zip/ke-hoach.txt");
        assertThat(stored.get("ho-so.zip/ban-sao/ben-trong.zip")).isEqualTo(inner);
    }

    @Test
    void anArchiveInsideWhoseNamesAreNotUtf8IsStillStoredAsAFile() throws Exception {
        byte[] inner = Files.readAllBytes(zip(Map.of("Kê\u0301 hoa\u0323ch.txt", "Kế hoạch"), Charset.forName("windows-1258")));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ban-sao.zip", inner);

        List<UploadOutcome> outcomes = unpack("ho-so.zip", zipBytes(entries, StandardCharsets.UTF_8));

        assertThat(outcomes).singleElement().matches(UploadOutcome::stored);
        assertThat(stored.get("ho-so.zip/ban-sao.zip")).isEqualTo(inner);
    }

    @Test
    void hostileEntryNamesAreCleanedLikeUploadNames() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("../../etc/passwd.txt", "một");
        entries.put("/tuyet-doi/bao-cao.txt", "hai");
        entries.put("..\\..\\Windows\\win.txt", "ba");
        entries.put("C:\\Users\\a\\ke-hoach.txt", "bốn");
        entries.put("thu\u0000muc/report\u202Etxt.exe.txt", "năm");

        unpack("ho-so.zip", zip(entries, StandardCharsets.UTF_8));

        assertThat(stored.keySet()).containsExactly("ho-so.zip/etc/passwd.txt", "ho-so.zip/tuyet-doi/bao-cao.txt",
                "ho-so.zip/Windows/win.txt", "ho-so.zip/Users/a/ke-hoach.txt", "ho-so.zip/thumuc/reporttxt.exe.txt");
    }

    @Test
    void entryPathsKeepNoDotSegmentsDrivesOrControlCharacters() {
        assertThat(ZipUnpacking.entryPath("./a/./b/../c.pdf")).isEqualTo("a/b/c.pdf");
        assertThat(ZipUnpacking.entryPath("D:/x.pdf")).isEqualTo("x.pdf");
        assertThat(ZipUnpacking.entryPath("x/D:/y.pdf")).isEqualTo("x/D:/y.pdf");
        assertThat(ZipUnpacking.entryPath("../..")).isEqualTo("unnamed");
        assertThat(ZipUnpacking.entryPath("\u202E/\uFEFF.txt")).isEqualTo(".txt");
        String longPath = ("Thư mục rất dài ".repeat(30) + "/").repeat(5) + "Quyết định.pdf";
        String name = ZipUnpacking.storedName("ho-so.zip", ZipUnpacking.entryPath(longPath));
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(1000);
        assertThat(name).startsWith("ho-so.zip/Thư mục").endsWith(".pdf");
    }

    @Test
    void anArchiveWithNothingToKeepIsRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("thu-muc/", "");
        entries.put(".DS_Store", "finder");

        assertThatThrownBy(() -> unpack("rong.zip", zip(entries, StandardCharsets.UTF_8)))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("rong.zip").hasMessageContaining("no file to keep");
    }

    @Test
    void entriesAreSpooledToTemporaryFilesThatAreDeletedAfterwards() throws Exception {
        unpack("ho-so.zip", zip(Map.of("a.txt", "một", "b.txt", "hai"), StandardCharsets.UTF_8));

        assertThat(spooled).hasSize(2).noneMatch(Files::exists);
    }

    private List<UploadOutcome> unpack(String zipName, Path zip) throws IOException {
        return new ZipUnpacking(ZipArchives.LIMITS, 100 * MB).unpack(zipName, zip, Files.size(zip), store);
    }

    private Path zip(Map<String, String> entries, Charset names) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes, names);
    }

    private Path zipBytes(Map<String, byte[]> entries, Charset names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return Files.write(dir.resolve("upload.zip"), out.toByteArray());
    }

}
