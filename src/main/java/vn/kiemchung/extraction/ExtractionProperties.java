package vn.kiemchung.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the server reads files: batch size of the background worker and how often it looks for work. */
@ConfigurationProperties("kiemchung.extraction")
public record ExtractionProperties(@DefaultValue("4") int batchSize, @DefaultValue("2000") long pollMillis) {
}
