package vn.kiemchung.rules;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules folder and recompiles after edits settle (a debounce, since Excel writes a file
 * in several steps). Only years already in service are recompiled.
 */
final class RulesWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RuleBook book;
    private final long debounceMillis;
    private WatchService watchService;
    private Thread thread;

    RulesWatcher(RuleBook book, long debounceMillis) {
        this.book = book;
        this.debounceMillis = debounceMillis;
    }

    void start() {
        book.onSourceChange(this::restart);
        watch();
    }

    /** The rules now come from another folder: watch that one instead. */
    private synchronized void restart() {
        close();
        watch();
    }

    private synchronized void watch() {
        Path root = book.rulesRoot();
        if (book.source().kind() == RuleSource.Kind.BUILT_IN) {
            // an unpacked copy of the jar's rules: nobody edits it
            return;
        }
        if (!Files.isDirectory(root)) {
            log.warn("Rules folder {} does not exist; not watching it", root.toAbsolutePath());
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            register(root);
        } catch (IOException e) {
            log.warn("Cannot watch {}: {}; use the reload endpoint", root, e.getMessage());
            return;
        }
        thread = new Thread(this::loop, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                key.pollEvents();
                key.reset();
                // Let a burst of writes settle, then compile once.
                WatchKey more;
                while ((more = watchService.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                register(book.rulesRoot());
                book.reloadAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | java.nio.file.ClosedWatchServiceException e) {
            log.debug("Rules watcher stopped: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException ignored) {
                // closing on shutdown
            }
        }
    }
}
