package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.TestClient;

/**
 * A body without Content-Length (chunked) cannot be refused up front; the multipart limit, which
 * follows kiemchung.storage.max-upload-bytes, stops it while it is read: 413 naming the limit.
 */
class ChunkedUploadLimitTest {

    @Test
    void aChunkedUploadOverTheLimitIsAnswered413(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext app = FaultTests.start(
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.storage.max-upload-bytes=1048576")) {
            long dossier = new TestClient(FaultTests.port(app), "admin", "fault-password").dossier("Tỉnh Bạc Liêu", 2023);
            int rows = app.getBean(JdbcClient.class).sql("select count(*) from evidence").query(Integer.class).single();
            String boundary = "xyzBoundary";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"indicator\"\r\n\r\n1.1\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes("a".repeat(1_500_000).getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = body.toByteArray();
            // A raw socket, not TestClient: the body is chunked by hand so that no length is declared up front.
            try (Socket socket = new Socket("127.0.0.1", FaultTests.port(app))) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/dossiers/" + dossier + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + TestClient.basic("admin", "fault-password")
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                try {
                    for (int off = 0; off < bytes.length; off += 64 * 1024) {
                        int n = Math.min(64 * 1024, bytes.length - off);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes, off, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException closedEarly) {
                    // the server may answer and close before the whole body is sent
                }
                String response = UploadEdgeTests.readSome(socket.getInputStream());
                assertThat(response).startsWith("HTTP/1.1 413");
                assertThat(response).contains("1 MB").contains("detailVi");
            }
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from evidence").query(Integer.class).single()).isEqualTo(rows);
        }
    }
}
