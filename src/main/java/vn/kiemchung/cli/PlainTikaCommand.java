package vn.kiemchung.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** The benchmark's yardstick: plain in-process Tika text extraction of every file in a folder, on N threads. */
final class PlainTikaCommand {

    private final PrintStream out;

    PlainTikaCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws Exception {
        Path dir = Path.of(args.get(0));
        int threads = args.size() > 1 ? Integer.parseInt(args.get(1)) : 2;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            try (InputStream in = Files.newInputStream(f)) {
                BodyContentHandler handler = new BodyContentHandler(-1);
                parser.parse(in, handler, new Metadata(), new ParseContext());
                chars.addAndGet(handler.toString().length());
            } catch (IOException | org.xml.sax.SAXException | org.apache.tika.exception.TikaException e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        })).toList();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        out.println(files.size() + " files, " + chars.get() + " characters");
        return 0;
    }
}
