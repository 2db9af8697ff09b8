package vn.kiemchung.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/** The report as the contract's JSON (§3); fields not found are written as null. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new ReportPrinter());

    /** Below this many documents the report is written on one thread: it takes milliseconds. */
    static final int PARALLEL_FROM = 64;
    /** The report's own field of documents, at the first level, as written when the list is empty. */
    private static final byte[] ROOT_DOCUMENTS = (System.lineSeparator() + "  \"documents\" : [ ]").getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY = "[ ]".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN = "[ ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEPARATOR = ", ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = " ]".getBytes(StandardCharsets.US_ASCII);
    /** A document as Jackson writes it as an element of the report's list: its fields two levels in. */
    private static final ObjectWriter DOCUMENT_WRITER = MAPPER.writer(new ReportPrinter(1));

    private ReportJson() {
    }

    public static String write(Object report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw cannotWrite(e);
        }
    }

    /**
     * The same JSON as {@link #write}, as UTF-8 bytes written straight from the objects: a report of a large dossier
     * (every figure of every document) is tens of megabytes, which as a String first would be twice that in memory.
     */
    public static byte[] bytes(Object report) {
        try {
            if (report instanceof AuditReport audit && audit.documents().size() >= PARALLEL_FROM) {
                return inParallel(audit);
            }
            return MAPPER.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw cannotWrite(e);
        }
    }

    private static IllegalStateException cannotWrite(JsonProcessingException e) {
        return new IllegalStateException("cannot write the report: " + e.getMessage(), e);
    }


    /**
     * A large report's documents (nine tenths of its bytes: every figure of every file) written on all cores, each
     * as Jackson writes it in place (an object at the second level), then set into the rest of the report: the same
     * bytes as one pass, which {@code ReportJsonTest} checks.
     */
    private static byte[] inParallel(AuditReport report) throws JsonProcessingException {
        List<DocumentEntry> documents = report.documents();
        byte[] rest = MAPPER.writeValueAsBytes(report.withDocuments(List.of()));
        int at = documentsField(rest);
        if (at < 0) {
            return MAPPER.writeValueAsBytes(report);
        }
        int chunks = Math.min(documents.size(), 4 * Runtime.getRuntime().availableProcessors());
        List<byte[]> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            ByteArrayOutputStream part = new ByteArrayOutputStream(1 << 16);
            for (int i = c * documents.size() / chunks; i < (c + 1) * documents.size() / chunks; i++) {
                part.writeBytes(i == 0 ? OPEN : SEPARATOR);
                try {
                    part.writeBytes(DOCUMENT_WRITER.writeValueAsBytes(documents.get(i)));
                } catch (JsonProcessingException e) {
                    throw cannotWrite(e);
                }
            }
            return part.toByteArray();
        }).toList();
        // "[ ]" in the rest becomes "[ " + the parts + " ]"; one array of the exact size, each byte copied once
        int open = at + ROOT_DOCUMENTS.length - EMPTY.length;
        byte[] whole = new byte[rest.length - EMPTY.length + parts.stream().mapToInt(p -> p.length).sum() + CLOSE.length];
        System.arraycopy(rest, 0, whole, 0, open);
        int to = open;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, whole, to, part.length);
            to += part.length;
        }
        System.arraycopy(CLOSE, 0, whole, to, CLOSE.length);
        System.arraycopy(rest, open + EMPTY.length, whole, to + CLOSE.length, rest.length - open - EMPTY.length);
        return whole;
    }

    /** Where a report without documents has its empty field of documents, or -1. */
    static int documentsField(byte[] rest) {
        // ISO-8859-1 maps each byte to one char, so this is the bytes' own position
        return new String(rest, StandardCharsets.ISO_8859_1).indexOf(new String(ROOT_DOCUMENTS, StandardCharsets.ISO_8859_1));
    }

    public static AuditReport read(String json) {
        try {
            return MAPPER.readValue(json, AuditReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a report: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Jackson's default layout (two spaces per level, {@code "name" : value}, {@code [ {}, {} ]}), written with
     * ready-made byte strings: the default printer writes every line break and separator as a Java string, char by
     * char, which was a third of rendering a large report in the command's C1 code (issue 17). Same bytes, proved
     * against the default printer in {@code ReportJsonTest}.
     */
    static final class ReportPrinter extends DefaultPrettyPrinter {

        private final SerializableString fieldSeparator;
        private final SerializableString entrySeparator;
        private final SerializableString valueSeparator;

        /** Where it starts: 0 for a whole report, 1 for an object written as an element of the report's lists. */
        private final int startNesting;

        ReportPrinter() {
            this(0);
        }

        ReportPrinter(int startNesting) {
            this.startNesting = startNesting;
            _nesting = startNesting;
            indentObjectsWith(LineIndenter.INSTANCE);
            fieldSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
            entrySeparator = new SerializedString(_objectEntrySeparator);
            valueSeparator = new SerializedString(_arrayValueSeparator);
        }

        @Override
        public ReportPrinter createInstance() {
            return new ReportPrinter(startNesting);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(fieldSeparator);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(entrySeparator);
            _objectIndenter.writeIndentation(g, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(valueSeparator);
            _arrayIndenter.writeIndentation(g, _nesting);
        }
    }

    /** A line break and two spaces per level, as Jackson's default object indenter writes them, one string per level. */
    private enum LineIndenter implements DefaultPrettyPrinter.Indenter {
        INSTANCE;

        private static final SerializableString[] LEVELS = new SerializableString[32];

        static {
            for (int level = 0; level < LEVELS.length; level++) {
                LEVELS[level] = new SerializedString(System.lineSeparator() + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            g.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString(System.lineSeparator() + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
