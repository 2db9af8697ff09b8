package vn.kiemchung.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Object storage. {@code embedded=true} (the default) starts an in-process S3 server whose files
 * live under {@code dataDir}; {@code false} talks to {@code endpoint} (a MinIO cluster or any S3).
 */
@ConfigurationProperties("kiemchung.storage")
public record StorageProperties(@DefaultValue("true") boolean embedded,
                                @DefaultValue("./data/objects") String dataDir,
                                String endpoint,
                                @DefaultValue("kiemchung") String accessKey,
                                String secretKey,
                                @DefaultValue("kiemchung-evidence") String bucket,
                                @DefaultValue("us-east-1") String region,
                                @DefaultValue("104857600") long maxUploadBytes) {

    public StorageProperties {
        // "./data/objects" made absolute is "..././data/objects", which the embedded S3 server's
        // file store takes for a path traversal: every configured path is normalised once, here.
        dataDir = dataDir == null ? null : java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString();
    }
}
