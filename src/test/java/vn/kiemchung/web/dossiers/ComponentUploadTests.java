package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;
import vn.kiemchung.evidence.HostileBytes;
import vn.kiemchung.review.Province;

/** The component page's upload as its script, its plain form and scripts on the REST API send it: a ZIP becomes its entries. */
class ComponentUploadTests extends ServerTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long dossier;
    private String component;

    @BeforeEach
    void dossier() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        component = "/dossiers/" + dossier + "/components/1.4";
    }

    @Test
    void aZipSentByThePageScriptIsStoredEntryByEntryAndARefusedEntryIsListedWithItsReason() throws Exception {
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);

        TestClient.Answer r = officer.postFiles(component + "/files", "application/json", officer.csrf(component),
                Map.of("Hồ sơ 1.4.zip", dossierZip()));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("refused").asInt()).isEqualTo(1);
        JsonNode refused = report.get("files").get(1);
        assertThat(refused.get("name").asText()).isEqualTo("Hồ sơ 1.4.zip › chuong-trinh.exe");
        assertThat(refused.get("stored").asBoolean()).isFalse();
        assertThat(refused.get("status").asInt()).isEqualTo(415);
        assertThat(refused.get("reasonVi").asText()).contains("Hồ sơ 1.4.zip › chuong-trinh.exe").contains("tệp chương trình (.exe)").contains("không được nhận");
        assertThat(refused.get("reasonEn").asText()).contains("Hồ sơ 1.4.zip › chuong-trinh.exe").contains("a program file (.exe)");
        assertThat(report.get("files").get(0).get("fileName").asText()).isEqualTo("Hồ sơ 1.4.zip/Thông báo 36.txt");
        assertThat(evidenceNames())
                .containsExactlyInAnyOrder("Hồ sơ 1.4.zip/Kế hoạch/Kế hoạch 2023.txt", "Hồ sơ 1.4.zip/Thông báo 36.txt");
        assertThat(jdbc.sql("select count(*) from audit_event where dossier_id = ? and action = 'EVIDENCE_UPLOADED'")
                .param(dossier).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theScriptsUploadNeedsThePagesCsrfTokenAndARoleThatMayUpload() throws Exception {
        TestClient officerA = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
        TestClient officerB = TestClient.browser(port).login("can-bo-b", Province.PASSWORD);
        TestClient leader = TestClient.browser(port).login("lanh-dao", Province.PASSWORD);
        Map<String, byte[]> file = Map.of("thong-bao.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8));

        assertThat(officerA.postFiles(component + "/files", "application/json", null, file).status()).isEqualTo(403);
        TestClient.Answer otherDepartment = officerB.postFiles(component + "/files", "application/json",
                officerB.csrf("/dossiers/" + dossier + "/components/1.2"), file);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(otherDepartment.body()).contains("detailVi").contains("not assigned to your department");
        assertThat(leader.postFiles(component + "/files", "application/json", leader.csrf("/dossiers"), file).status())
                .isEqualTo(403);
        assertThat(evidenceNames()).isEmpty();
    }

    @Test
    void thePlainFormStillWorksWithoutScriptAndShowsWhichEntriesWereRefused() throws Exception {
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);

        TestClient.Answer r = officer.postFiles(component + "/files", "text/html,application/xhtml+xml,*/*;q=0.8",
                officer.csrf(component), Map.of("Hồ sơ 1.4.zip", dossierZip()));

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith(component);
        String page = officer.page(component).body();
        assertThat(page).contains("Đã tải lên 2 tệp").contains("Một số tệp không được lưu")
                .contains("Hồ sơ 1.4.zip › chuong-trinh.exe").contains("Hồ sơ 1.4.zip/Kế hoạch/Kế hoạch 2023.txt");
        assertThat(evidenceNames()).hasSize(2);
    }

    @Test
    void theDropZoneAndItsScriptMessagesAreThereInBothLanguages() throws Exception {
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);

        String vi = officer.page(component + "?lang=vi").body();
        String en = officer.page(component + "?lang=en").body();

        assertThat(vi).contains("id=\"dropzone\"").contains("Kéo và thả tệp hoặc tệp ZIP vào đây")
                .contains("data-partial=\"Đã lưu {0}, từ chối {1}\"").contains("src=\"/js/upload.js\"").doesNotContain("??");
        assertThat(en).contains("Drag and drop files or a ZIP here").contains("data-partial=\"{0} stored, {1} refused\"")
                .contains("data-summary=\"Done: {0} file(s) stored, {1} refused, {2} failed.\"").doesNotContain("??");
        assertThat(officer.get("/js/upload.js").status()).isEqualTo(200);
    }

    @Test
    void theApiUnpacksAZipOnlyWhenAskedTo() throws Exception {
        byte[] zip = zip(Map.of("Quyết định.txt", "Quyết định".getBytes(StandardCharsets.UTF_8),
                "Kế hoạch.txt", "Kế hoạch".getBytes(StandardCharsets.UTF_8)));

        TestClient.Answer unpacked = apiUpload("ho-so.zip", zip, "true");
        assertThat(unpacked.status()).as(unpacked.body()).isEqualTo(201);
        assertThat(JSON.readTree(unpacked.body()).get("stored").asInt()).isEqualTo(2);
        TestClient.Answer whole = apiUpload("ho-so.zip", zip, null);
        assertThat(whole.status()).isEqualTo(201);
        assertThat(JSON.readTree(whole.body()).get("fileName").asText()).isEqualTo("ho-so.zip");

        assertThat(evidenceNames()).containsExactlyInAnyOrder("ho-so.zip", "ho-so.zip/Kế hoạch.txt", "ho-so.zip/Quyết định.txt");
    }

    @Test
    void aZipOverItsLimitsIsRefusedWholeBeforeAnyEntryIsStored() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("Quyết định".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] mb = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                z.write(mb);
            }
            z.closeEntry();
        }
        TestClient.Answer r = apiUpload("bom.zip", bomb.toByteArray(), "true");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("bom.zip").contains("decompression bomb").contains("bom giải nén");
        assertThat(evidenceNames()).isEmpty();
    }

    private TestClient.Answer apiUpload(String name, byte[] bytes, String unpack) throws Exception {
        Multipart body = new Multipart().field("indicator", "1.4");
        if (unpack != null) {
            body.field("unpack", unpack);
        }
        body.file("file", name, bytes);
        return new TestClient(port, "can-bo-a", Province.PASSWORD).post("/api/v1/dossiers/" + dossier + "/evidence", body, Map.of());
    }

    private List<String> evidenceNames() {
        return jdbc.sql("select file_name from evidence where dossier_id = ?").param(dossier)
                .query(String.class).list();
    }

    /** A notice and a plan in folders, an executable, and the clutter a Mac and Windows leave in archives. */
    static byte[] dossierZip() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Thông báo 36.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8));
        entries.put("Kế hoạch/", new byte[0]);
        entries.put("chuong-trinh.exe", HostileBytes.windowsExecutable());
        entries.put("Kế hoạch/Kế hoạch 2023.txt", "Kế hoạch chuyển đổi số năm 2023".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/._Thông báo 36.txt", new byte[] {0, 5, 22, 7});
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        entries.put("Kế hoạch/Thumbs.db", new byte[] {1, 2, 3});
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
