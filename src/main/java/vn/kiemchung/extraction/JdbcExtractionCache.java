package vn.kiemchung.extraction;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The server's cache of extraction results, in the database next to the evidence records. */
class JdbcExtractionCache implements ExtractionCache {

    private final JdbcClient jdbc;

    JdbcExtractionCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExtractedDocument> find(String sha256, String extractorVersion) {
        return jdbc.sql("select result from extraction where sha256 = ? and extractor_version = ?")
                .params(sha256, extractorVersion).query(String.class).optional().map(ExtractedDocumentJson::read);
    }

    @Override
    public void save(ExtractedDocument document) {
        jdbc.sql("""
                insert into extraction (sha256, extractor_version, result) values (?, ?, ?)
                on conflict (sha256, extractor_version) do update set result = excluded.result""")
                .params(document.sha256(), document.extractorVersion(), ExtractedDocumentJson.write(document)).update();
    }
}
