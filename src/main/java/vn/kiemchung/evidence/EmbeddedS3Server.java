package vn.kiemchung.evidence;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3-compatible server (s3proxy, filesystem backend) started inside this process, so a fresh
 * machine stores evidence through the real S3 protocol with nothing to install.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private volatile S3Proxy proxy;
    private final Path dataDir;
    private final int port;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3Server(S3Proxy proxy, Path dataDir, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.dataDir = dataDir;
        this.port = proxy.getPort();
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts on {@code port} (0 = any free port) with objects stored under {@code dataDir}. */
    public static EmbeddedS3Server start(Path dataDir, int port, String accessKey, String secretKey) {
        // the file store refuses a bucket path that is not under its normalised base as a traversal
        Path base = dataDir.toAbsolutePath().normalize();
        return new EmbeddedS3Server(launch(base, port, accessKey, secretKey), base, accessKey, secretKey);
    }

    /** Stops serving; {@link #restart()} serves the same objects again on the same port (used by fault tests). */
    public synchronized void stop() {
        close();
    }

    /** Starts again on the same port with the same folder, after {@link #stop()}. */
    public synchronized void restart() {
        if ("STARTED".equals(proxy.getState())) {
            return;
        }
        proxy = launch(dataDir, port, accessKey, secretKey);
    }

    private static S3Proxy launch(Path dataDir, int port, String accessKey, String secretKey) {
        try {
            Files.createDirectories(dataDir);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString()))
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .build();
            proxy.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("embedded S3 server did not start within 10 s");
                }
                Thread.sleep(10);
            }
            return proxy;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("embedded S3 server failed to start: " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("embedded S3 server did not stop: " + e.getMessage(), e);
        }
    }
}
