package vn.kiemchung.evidence;

import io.minio.MinioClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the MinIO client to the embedded S3 server or to the configured endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiemchung.storage.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedS3Server embeddedS3Server(StorageProperties properties) {
        // The embedded server only listens on loopback; a per-start secret keeps other local users out.
        String secret = properties.secretKey() != null ? properties.secretKey()
                : HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        EmbeddedS3Server server = EmbeddedS3Server.start(Path.of(properties.dataDir()), 0, properties.accessKey(), secret);
        log.info("Embedded S3 server started at {} with objects in {}", server.endpoint(),
                Path.of(properties.dataDir()).toAbsolutePath().normalize());
        return server;
    }

    @Bean
    MinioClient minioClient(StorageProperties properties, ObjectProvider<EmbeddedS3Server> embedded) {
        EmbeddedS3Server server = embedded.getIfAvailable();
        if (server != null) {
            return MinioClient.builder().endpoint(server.endpoint())
                    .credentials(server.accessKey(), server.secretKey()).region(properties.region()).build();
        }
        if (properties.endpoint() == null || properties.secretKey() == null) {
            throw new IllegalStateException("kiemchung.storage.endpoint and kiemchung.storage.secret-key must be set "
                    + "when kiemchung.storage.embedded=false");
        }
        return MinioClient.builder().endpoint(properties.endpoint())
                .credentials(properties.accessKey(), properties.secretKey()).region(properties.region()).build();
    }

    @Bean
    EvidenceStore evidenceStore(MinioClient client, StorageProperties properties) {
        MinioEvidenceStore store = new MinioEvidenceStore(client, properties.bucket());
        store.ensureBucket();
        return store;
    }
}
