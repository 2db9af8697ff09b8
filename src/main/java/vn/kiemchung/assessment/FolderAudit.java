package vn.kiemchung.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.platform.FileTrees;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.DocumentFact;
import vn.kiemchung.rules.RuleBook;

/**
 * Audits a dossier folder or zip on this machine: reads every file (cached by content) while the
 * year's rules compile, then runs the audit.
 */
public final class FolderAudit {

    /** Told after each file is read: how many of how many, and which. */
    public interface Progress {
        void fileRead(int done, int total, String path);

        Progress NONE = (done, total, path) -> { };
    }

    private final DocumentReader reader;
    private final IntFunction<Optional<Catalogue>> catalogues;
    private final RuleBook rules;
    private final int threads;
    private final Progress progress;

    /** How long the first file is read alone before the others start beside it. */
    private static final Duration FIRST_FILE_HEAD_START = Duration.ofSeconds(3);

    public FolderAudit(DocumentReader reader, IntFunction<Optional<Catalogue>> catalogues, RuleBook rules, int threads,
                       Progress progress) {
        this.reader = reader;
        this.catalogues = catalogues;
        this.rules = rules;
        this.threads = threads;
        this.progress = progress;
    }

    public AuditReport audit(Path dossier) {
        Path unpacked = null;
        try {
            Path root = dossier;
            if (Files.isRegularFile(dossier) && dossier.getFileName().toString().toLowerCase().endsWith(".zip")) {
                unpacked = Files.createTempDirectory("kiemchung-dossier");
                root = DossierZip.unpack(dossier, unpacked);
            } else if (!Files.exists(dossier)) {
                throw DossierException.keyed("dossier.noSuchPath", dossier.toString());
            }
            return audit(DossierFolder.open(root));
        } catch (IOException e) {
            throw DossierException.keyed("dossier.noTempFolder", String.valueOf(e.getMessage()));
        } finally {
            if (unpacked != null) {
                FileTrees.deleteQuietly(unpacked);
            }
        }
    }

    public AuditReport audit(DossierFolder folder) {
        int year = folder.year();
        Catalogue catalogue = catalogues.apply(year).orElseThrow(() -> DossierException.keyed("dossier.noIndicatorSetInRules", String.valueOf(year)));
        // Compiling the rules takes a second or two of both cores: do it while the files are read,
        // but from the first file read on, so it does not delay the first answer.
        CompletableFuture<Void> firstRead = new CompletableFuture<>();
        CompletableFuture<RuleBase> ruleBase = firstRead.thenApplyAsync(ignored -> rules.forYear(year));
        List<DossierFolder.Entry> entries = folder.entries();
        List<FiledDocument> documents;
        try {
            documents = readAll(entries, () -> firstRead.complete(null));
        } finally {
            firstRead.complete(null);
        }
        RuleBase base = ruleBase.join();
        return DossierAudit.run(catalogue, base, new DossierContents(folder.province(), year, documents, folder.claims()));
    }

    private static void awaitQuietly(CompletableFuture<?> future, Duration atMost) {
        try {
            future.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a slow or failing first file: the others go ahead; its own outcome is reported with it
        }
    }

    private List<FiledDocument> readAll(List<DossierFolder.Entry> entries, Runnable afterFirst) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            AtomicInteger done = new AtomicInteger();
            List<CompletableFuture<FiledDocument>> futures = new ArrayList<>();
            for (DossierFolder.Entry e : entries) {
                if (futures.size() == 1) {
                    // The first file alone for a moment: on 2 cores a second parse child (or the OCR
                    // child) starting beside it would delay the first answer by seconds.
                    awaitQuietly(futures.get(0), FIRST_FILE_HEAD_START);
                }
                futures.add(CompletableFuture.supplyAsync(() -> {
                    FiledDocument d = new FiledDocument(e.path(), e.indicatorCode(),
                            reader.read(e.file(), e.file().getFileName().toString()));
                    DocumentFact.foldAhead(d.document());
                    int count = done.incrementAndGet();
                    if (count == 1) {
                        afterFirst.run();
                    }
                    progress.fileRead(count, entries.size(), e.path());
                    return d;
                }, pool));
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
