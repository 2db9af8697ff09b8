package vn.kiemchung.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The report as the contract's JSON (§3); fields not found are written as null. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
        }
    }

    /**
     * The same JSON as {@link #write}, as UTF-8 bytes written straight from the objects: a report of a large dossier
     * (every figure of every document) is tens of megabytes, which as a String first would be twice that in memory.
     */
    public static byte[] bytes(Object report) {
        try {
            return MAPPER.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
        }
    }

    public static AuditReport read(String json) {
        try {
            return MAPPER.readValue(json, AuditReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a report: " + e.getOriginalMessage(), e);
        }
    }
}
