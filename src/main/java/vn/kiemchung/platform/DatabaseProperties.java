package vn.kiemchung.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where records live. {@code embedded=true} (the default) starts PostgreSQL in-process with its
 * data under {@code dataDir}; {@code false} uses the {@code spring.datasource.*} server.
 */
@ConfigurationProperties("kiemchung.database")
public record DatabaseProperties(@DefaultValue("true") boolean embedded, @DefaultValue("./data/db") String dataDir,
                                 @DefaultValue("0") int port) {

    public DatabaseProperties {
        // relative to the working directory, made absolute and normalised once for every user of it
        dataDir = dataDir == null ? null : java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString();
    }
}
