package vn.kiemchung.extraction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.evidence.EvidenceIntake;

/** The server's readers: isolated parsing, results cached in the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    @Bean(destroyMethod = "close")
    TextExtractor textExtractor(ExtractionProperties properties) {
        ParseLimits limits = ParseLimits.defaults().withChildHeap(properties.childHeap())
                .withOcr(properties.ocr()).withOcrEngine(properties.ocrEngine());
        return new TikaTextExtractor(limits);
    }

    @Bean
    DocumentReader documentReader(TextExtractor extractor, JdbcClient jdbc) {
        return new DocumentReader(extractor, new MemoryExtractionCache(new JdbcExtractionCache(jdbc), 2_000));
    }

    @Bean
    EvidenceExtraction evidenceExtraction(EvidenceIntake intake, ExtractionQueue queue, DocumentReader reader, ApplicationEventPublisher events,
                                          ExtractionProperties properties,
                                          @Value("${kiemchung.database.embedded:true}") boolean embeddedDatabase,
                                          @Value("${kiemchung.extraction.lease-seconds:600}") long leaseSeconds) {
        return new EvidenceExtraction(intake, queue, reader, events, properties.batchSize(), embeddedDatabase, leaseSeconds);
    }
}
