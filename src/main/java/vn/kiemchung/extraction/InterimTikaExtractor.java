package vn.kiemchung.extraction;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** Interim in-process reader, replaced by the isolated child-process extractor. */
public final class InterimTikaExtractor implements TextExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public RawText extract(Path file, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(5_000_000);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
            String type = metadata.get(Metadata.CONTENT_TYPE);
            String pages = metadata.get("xmpTPg:NPages");
            return new RawText(RawText.Outcome.OK, null, type, handler.toString(),
                    pages == null ? 0 : Integer.parseInt(pages), false, Map.of(), List.of());
        } catch (EncryptedDocumentException e) {
            return RawText.failed(RawText.Outcome.ENCRYPTED, "password-protected", metadata.get(Metadata.CONTENT_TYPE));
        } catch (Exception | StackOverflowError e) {
            return RawText.failed(RawText.Outcome.UNREADABLE, "corrupt or unsupported: " + e.getMessage(),
                    metadata.get(Metadata.CONTENT_TYPE));
        }
    }
}
