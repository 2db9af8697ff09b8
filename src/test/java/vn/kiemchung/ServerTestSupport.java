package vn.kiemchung;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the real application on a random port with its embedded PostgreSQL and S3 server under a
 * fresh temporary folder: the same servers the product uses, no mocks. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTestSupport {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Path DATA = createDataDir();

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("kiemchung.database.data-dir", () -> DATA.resolve("db").toString());
        registry.add("kiemchung.storage.data-dir", () -> DATA.resolve("objects").toString());
        registry.add("kiemchung.rules.path", () -> Path.of("rules").toAbsolutePath().toString());
        registry.add("KIEMCHUNG_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    protected static Path dataDir() {
        return DATA;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("kiemchung-test-data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
