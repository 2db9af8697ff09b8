package vn.kiemchung.extraction.parsing;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens archive entries and attachments like Tika's own extractor, but only so deep, only so
 * many, and only until the bytes expanded from them exceed a budget: a file whose parts expand
 * far beyond its own size is a decompression bomb, however its entries declare their sizes.
 */
final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor delegate;
    private final ParseRecord record;
    private final int maxDepth;
    private final int maxCount;
    private final long expandedBudget;
    private int depth;
    private int parsed;
    private int skipped;
    private long expanded;
    private boolean bomb;
    private String bombReason;

    BoundedEmbeddedExtractor(ParseContext context, int maxDepth, int maxCount, long expandedBudget) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        // Tika records the failures of embedded documents here instead of throwing them; a bomb
        // caught by an inner SecureContentHandler must still condemn the whole file.
        this.record = new ParseRecord();
        context.set(ParseRecord.class, record);
        this.maxDepth = maxDepth;
        this.maxCount = maxCount;
        this.expandedBudget = expandedBudget;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (bomb || depth >= maxDepth || parsed >= maxCount) {
            skipped++;
            return false;
        }
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        // Some parsers call parseEmbedded without asking shouldParseEmbedded first.
        if (bomb || depth >= maxDepth || parsed >= maxCount) {
            skipped++;
            return;
        }
        parsed++;
        depth++;
        try {
            delegate.parseEmbedded(new Counted(stream), handler, metadata, outputHtml);
        } finally {
            depth--;
        }
        if (!bomb && record.getExceptions().stream().anyMatch(Failures::isSecureHandlerBomb)) {
            bomb = true;
            bombReason = Failures.SECURE_HANDLER_BOMB;
        }
        if (bomb) {
            // The delegate may have swallowed the exception as an embedded failure; stop anyway.
            throw new BombException(bombReason());
        }
    }

    boolean bombDetected() {
        return bomb;
    }

    String bombReason() {
        return bombReason != null ? bombReason : BombException.expandedReason(expanded);
    }

    int skipped() {
        return skipped;
    }

    /** Thrown when expanded bytes pass the budget; an IOException so every parser lets it through. */
    static final class BombException extends IOException {
        BombException(String reason) {
            super(reason);
        }

        static String expandedReason(long expanded) {
            return "decompression bomb: more than " + (expanded / (1024 * 1024)) + " MB expanded";
        }
    }

    /** Counts bytes read from an embedded stream against the shared budget. */
    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skippedBytes = super.skip(n);
            count(skippedBytes);
            return skippedBytes;
        }

        private void count(long n) throws IOException {
            expanded += n;
            if (expanded > expandedBudget) {
                bomb = true;
                throw new BombException(bombReason());
            }
        }
    }
}
