package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/** Limits at the edge: size (413 before the body is read), type by content (415), ZIP limits (422), names. */
class UploadEdgeTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private TestClient api;
    /** One dossier for the class: a province has one dossier per year, and these tests need no empty one. */
    private static long dossier;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void dossier() throws Exception {
        api = new TestClient(port, "admin", ADMIN_PASSWORD);
        if (dossier == 0) {
            dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
        }
    }

    @Test
    void anOversizedDeclaredBodyIsAnswered413BeforeItIsRead() throws Exception {
        long declared = 500L * 1024 * 1024;
        // A raw socket, not TestClient: no HTTP client sends a Content-Length it does not mean to send.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/dossiers/" + dossier + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestClient.basic("admin", ADMIN_PASSWORD) + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]); // a little of the promised 500 MB, then wait for the answer
            out.flush();
            String response = readSome(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("100 MB").contains("detailVi").contains("vượt quá giới hạn")
                    .contains("application/problem+json");
        }
    }

    @Test
    void typeIsDecidedByContentNotByName() throws Exception {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);
        exe[60] = (byte) 0x80; // PE header offset
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
        TestClient.Answer r = api.upload(dossier, "1.1", "Quyết định 412.pdf", exe);
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.body()).contains("Quyết định 412.pdf").contains("detailVi").contains("PDF, DOC/DOCX");
        assertNotStored(exe);

        // A real PDF named .exe is a PDF.
        byte[] pdf = EvidenceApiTests.randomBytes(5000, 11);
        JsonNode ok = api.uploadOk(dossier, "1.1", "tai-lieu.exe", pdf);
        assertThat(ok.get("mediaType").asText()).isEqualTo("application/pdf");

        // Text, HTML and a small ZIP are formats of the contract.
        assertThat(api.upload(dossier, "1.1", "ghi-chu.txt", "Báo cáo số 5/BC-UBND".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(201);
        assertThat(api.upload(dossier, "1.1", "trang.html", "<html><body>Kế hoạch</body></html>".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        byte[] zip = zip(z -> {
            entry(z, "a.txt", "Quyết định".getBytes(StandardCharsets.UTF_8));
            entry(z, "b/c.txt", "Kế hoạch".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(api.upload(dossier, "1.1", "ho-so.zip", zip).status()).isEqualTo(201);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsStored() throws Exception {
        byte[] bomb = zip(z -> {
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] mb = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                z.write(mb);
            }
            z.closeEntry();
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);
        TestClient.Answer r = api.upload(dossier, "1.1", "bom.zip", bomb);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("bom.zip").contains("decompression bomb").contains("bom giải nén");
        assertNotStored(bomb);
    }

    @Test
    void archivesNestedTooDeeplyAreRefused() throws Exception {
        byte[] inner = zip(z -> entry(z, "deep.txt", "sâu".getBytes(StandardCharsets.UTF_8)));
        for (int level = 0; level < 3; level++) {
            byte[] wrapped = inner;
            inner = zip(z -> entry(z, "inner.zip", wrapped));
        }
        // depth 3 of archives inside: accepted
        assertThat(api.upload(dossier, "1.1", "long-3.zip", inner).status()).isEqualTo(201);
        byte[] wrapped = inner;
        byte[] tooDeep = zip(z -> entry(z, "inner.zip", wrapped));
        TestClient.Answer r = api.upload(dossier, "1.1", "long-4.zip", tooDeep);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("long-4.zip").contains("nested too deeply").contains("lồng quá sâu");
        assertNotStored(tooDeep);
    }

    @Test
    void tooManyEntriesAndCorruptArchivesAreRefused() throws Exception {
        byte[] many = zip(z -> {
            for (int i = 0; i <= 10_000; i++) {
                entry(z, "f" + i + ".txt", new byte[] {'x'});
            }
        });
        TestClient.Answer r = api.upload(dossier, "1.1", "nhieu.zip", many);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("nhieu.zip").contains("too many entries");

        byte[] good = zip(z -> entry(z, "a.txt", "nội dung dài hơn một chút để nén".repeat(50).getBytes(StandardCharsets.UTF_8)));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        TestClient.Answer corrupt = api.upload(dossier, "1.1", "hong.zip", cut);
        assertThat(corrupt.status()).as(corrupt.body()).isIn(415, 422);
        assertThat(corrupt.body()).contains("hong.zip");
        assertNotStored(cut);
    }

    @Test
    void hostileNamesAreStoredUnderGeneratedKeysAndKeptAsData() throws Exception {
        String nfd = Normalizer.normalize("Quyết định số 12.txt", Normalizer.Form.NFD);
        String[][] cases = {
                {"../../../../etc/passwd.txt", "passwd.txt"},
                {"..\\..\\boot.ini.txt", "boot.ini.txt"},
                {nfd, "Quyết định số 12.txt"},
                {"Kế hoạch ".repeat(100) + ".txt", null},
        };
        int i = 0;
        for (String[] c : cases) {
            byte[] bytes = ("nội dung " + i++).getBytes(StandardCharsets.UTF_8);
            JsonNode ok = api.uploadOk(dossier, "1.1", c[0], bytes);
            long id = ok.get("id").asLong();
            String stored = jdbc.sql("select file_name from evidence where id = ?").param(id).query(String.class).single();
            String key = jdbc.sql("select o.storage_key from evidence e join stored_object o on o.sha256 = e.sha256 where e.id = ?")
                    .param(id).query(String.class).single();
            assertThat(key).isEqualTo("sha256/" + sha256(bytes).substring(0, 2) + "/" + sha256(bytes));
            if (c[1] != null) {
                assertThat(stored).isEqualTo(c[1]);
            } else {
                assertThat(stored.codePointCount(0, stored.length())).isEqualTo(255);
                assertThat(stored).endsWith(".txt");
            }
            assertThat(api.download(id).bytes()).isEqualTo(bytes);
        }
        // A NUL in the multipart file name: the server's multipart parser refuses it, answered as 400.
        TestClient.Answer nul = api.upload(dossier, "1.1", "a\u0000b.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("Invalid file name").contains("detailVi");
        // Nothing was written outside the object store's own folders.
        try (Stream<Path> files = Files.walk(dataDir())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains("passwd") || n.contains("boot.ini"));
        }
    }

    private void assertNotStored(byte[] bytes) throws Exception {
        String sha = sha256(bytes);
        assertThat(jdbc.sql("select count(*) from stored_object where sha256 = ?").param(sha).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from evidence where sha256 = ?").param(sha).query(Integer.class).single()).isZero();
        try (Stream<Path> files = Files.walk(dataDir())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains(sha));
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    interface ZipWriter {
        void write(ZipOutputStream z) throws IOException;
    }

    static byte[] zip(ZipWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            writer.write(z);
        }
        return out.toByteArray();
    }

    static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    /** Reads a raw HTTP answer up to the end of its JSON body; the server may close the socket right after. */
    static String readSome(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // the server may close right after its answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
