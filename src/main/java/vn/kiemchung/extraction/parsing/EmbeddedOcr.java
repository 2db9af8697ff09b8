package vn.kiemchung.extraction.parsing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * Tesseract inside the parse child, through the natives Maven delivers for Linux, Windows and
 * macOS, with the Vietnamese model carried in the jar: OCR needs nothing installed. One engine per
 * child, made on first use (loading the model costs about a tenth of a second), reused for every page.
 */
final class EmbeddedOcr implements AutoCloseable {

    /** The platforms whose natives the jar carries (see pom.xml). */
    static final Set<String> PLATFORMS = Set.of("linux-x86_64", "windows-x86_64", "macosx-x86_64", "macosx-arm64");

    private static final String MODEL_RESOURCE = "/tessdata/%s.traineddata";

    private final TessBaseAPI api;

    private EmbeddedOcr(TessBaseAPI api) {
        this.api = api;
    }

    /** Whether this JVM's platform has natives in the jar and the model for {@code language} is inside it. */
    static boolean supported(String language) {
        return PLATFORMS.contains(Loader.getPlatform())
                && EmbeddedOcr.class.getResource(MODEL_RESOURCE.formatted(language)) != null;
    }

    /**
     * Loads the natives and the model; throws {@link IllegalStateException} saying why when it
     * cannot, so the caller reports OCR as unavailable rather than the scan as unreadable.
     */
    static EmbeddedOcr start(String language) {
        if (!supported(language)) {
            throw new IllegalStateException("no embedded OCR for platform " + Loader.getPlatform()
                    + " and language " + language);
        }
        Path tessdata = modelFolder(language);
        TessBaseAPI api;
        try {
            api = new TessBaseAPI();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot load the Tesseract natives: " + e, e);
        }
        if (api.Init(tessdata.toString(), language) != 0) {
            api.close();
            throw new IllegalStateException("Tesseract could not load the model " + language + " from " + tessdata);
        }
        // The library's default is one uniform block; a page of a decision has a header in two
        // columns, a body and a signature block, as the tesseract command assumes by default.
        api.SetPageSegMode(tesseract.PSM_AUTO);
        // Tesseract's own chatter ("Empty page!!", "Detected 27 diacritics") is not for the log
        api.SetVariable("debug_file", System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
        return new EmbeddedOcr(api);
    }

    /** The text of one page image. */
    String read(BufferedImage image, int dpi) {
        BufferedImage gray = toGray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int width = gray.getWidth();
        api.SetImage(pixels, width, gray.getHeight(), 1, width);
        api.SetSourceResolution(dpi);
        BytePointer text = api.GetUTF8Text();
        try {
            return text == null ? "" : text.getString(StandardCharsets.UTF_8);
        } finally {
            if (text != null) {
                text.deallocate();
            }
            api.Clear();
        }
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModelTranslateX() == 0
                && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length
                        == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /**
     * The model copied out of the jar once into the cache, in a folder named by its hash, so a new
     * model in a new jar never meets an old copy and two children never write the same file.
     */
    static Path modelFolder(String language) {
        String resource = MODEL_RESOURCE.formatted(language);
        try {
            String hash;
            try (InputStream in = open(resource);
                 DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
                digest.transferTo(java.io.OutputStream.nullOutputStream());
                hash = HexFormat.of().formatHex(digest.getMessageDigest().digest()).substring(0, 16);
            }
            Path folder = vn.kiemchung.launch.JarCopy.cacheFolder().resolve("tessdata").resolve(hash);
            Path model = folder.resolve(language + ".traineddata");
            if (Files.isRegularFile(model)) {
                return folder;
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".model", ".tmp");
            try (InputStream in = open(resource)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, model, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(temp);
                if (!Files.isRegularFile(model)) {
                    throw e;
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the OCR model " + resource + " to the cache", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EmbeddedOcr.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the jar carries no " + resource);
        }
        return in;
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}
