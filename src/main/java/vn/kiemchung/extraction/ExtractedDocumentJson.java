package vn.kiemchung.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The cache's serialised form of an {@link ExtractedDocument}. */
final class ExtractedDocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExtractedDocumentJson() {
    }

    public static String write(ExtractedDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise extraction of " + document.sha256(), e);
        }
    }

    public static ExtractedDocument read(String json) {
        try {
            return MAPPER.readValue(json, ExtractedDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read cached extraction: " + e.getOriginalMessage(), e);
        }
    }
}
