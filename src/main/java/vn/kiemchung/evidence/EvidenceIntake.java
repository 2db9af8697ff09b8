package vn.kiemchung.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes uploads in: the bytes are stored and their SHA-256 recorded before anything parses them,
 * so a file that later breaks a parser is never lost. The same bytes are stored once.
 */
@Service
public class EvidenceIntake {

    private static final Pattern INDICATOR_CODE = Pattern.compile("[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,3}");

    private final EvidenceRecords records;
    private final EvidenceStore store;
    private final ApplicationEventPublisher events;
    private final long maxUploadBytes;
    private final TransactionTemplate transactions;
    private final ZipUploadCheck zipCheck = ZipUploadCheck.defaults();
    /** This instance, in claims and in the trail: host, process and a per-start suffix. */
    private final String instance = instanceName();

    EvidenceIntake(EvidenceRecords records, EvidenceStore store, ApplicationEventPublisher events,
                   StorageProperties properties, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.store = store;
        this.events = events;
        this.maxUploadBytes = properties.maxUploadBytes();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional
    public Dossier createDossier(String province, int year, String actor) {
        if (province == null || province.isBlank()) {
            throw new UploadRejectedException(400, "Thiếu tên tỉnh (province).", "The province is missing.");
        }
        if (year < 2020 || year > 2100) {
            throw new UploadRejectedException(400, "Năm đánh giá không hợp lệ: " + year, "Invalid assessment year: " + year);
        }
        long id = records.insertDossier(Normalizer.normalize(province.strip(), Normalizer.Form.NFC), year, actor);
        records.trail(actor, "DOSSIER_CREATED", id, null, null, province + " " + year);
        return dossier(id);
    }

    public Dossier dossier(long id) {
        return records.dossier(id).orElseThrow(() -> new DossierNotFoundException(id));
    }

    public List<Dossier> dossiers() {
        return records.dossiers();
    }

    public List<Evidence> evidenceOf(long dossierId) {
        dossier(dossierId);
        return records.evidenceOf(dossierId);
    }

    public Evidence evidence(long id) {
        return records.evidence(id).orElseThrow(() -> new EvidenceNotFoundException(id));
    }

    public InputStream content(Evidence evidence) {
        return store.open(evidence.storageKey());
    }

    /**
     * Stores one upload. The original name is kept as data only: the storage key is derived from
     * the content, so hostile names ("../", NUL, very long) cannot reach the store.
     * <p>
     * Order: spool and hash, decide the type by content (415/422 refuse before storing), put the
     * object (content-addressed, idempotent), then one short transaction records it. No database
     * connection is held while bytes move; if the database fails after the put, the object is an
     * orphan that {@link OrphanSweeper} deletes later, and the client got an error, not a 201.
     */
    public Evidence upload(long dossierId, String indicatorCode, String fileName, InputStream content, String actor) {
        dossier(dossierId);
        String code = indicatorCode == null ? "" : indicatorCode.strip();
        if (!INDICATOR_CODE.matcher(code).matches()) {
            throw new UploadRejectedException(400, "Mã chỉ số không hợp lệ: '" + code + "' (ví dụ: 2.1).",
                    "Invalid indicator code: '" + code + "' (e.g. 2.1).");
        }
        String name = cleanName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile("kiemchung-upload", ".bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyBounded(content, out, name);
            }
            if (size == 0) {
                throw new UploadRejectedException(400, "Tệp '" + name + "' rỗng (0 byte).", "File '" + name + "' is empty (0 bytes).");
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            String key = storageKey(sha256);
            // A ZIP (or DOCX/XLSX/ODT…) is bounded before Tika's container detection opens it here.
            boolean zipChecked = ZipUploadCheck.startsLikeZip(temp);
            if (zipChecked) {
                zipCheck.check(name, temp, size, false);
            }
            String mediaType = UploadPolicy.detect(temp);
            UploadPolicy.check(name, mediaType, temp, size, zipCheck, zipChecked);
            // Not recorded yet: put it (again), which also refreshes its age for the orphan sweeper.
            if (!records.objectRecorded(sha256) || !store.exists(key)) {
                store.put(key, temp, size, mediaType);
            }
            long id = transactions.execute(tx -> {
                records.insertObject(sha256, size, mediaType, key);
                long evidenceId = records.insertEvidence(dossierId, code, name, sha256, size, actor);
                records.trail(actor, "EVIDENCE_UPLOADED", dossierId, evidenceId, sha256, code + " " + name);
                events.publishEvent(new EvidenceStored(evidenceId, dossierId, code, name, sha256));
                return evidenceId;
            });
            return evidence(id);
        } catch (IOException e) {
            throw new UploadRejectedException(400, "Không đọc được tệp tải lên '" + name + "': " + e.getMessage(),
                    "Could not read the uploaded file '" + name + "': " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless; the OS cleans its temp folder
                }
            }
        }
    }

    /** Pending extractions, claimed so that no other instance takes the same rows. */
    @Transactional
    public List<Evidence> claimPendingExtractions(int limit) {
        return records.claimPending(limit, instance);
    }

    /**
     * After a crash, extractions that were running are started again.
     *
     * @param all true when no other instance can share the database (embedded): every RUNNING
     *            row was this app's; false: only rows whose claim lapsed for {@code leaseSeconds}
     */
    @Transactional
    public int requeueInterruptedExtractions(boolean all, long leaseSeconds) {
        return all ? records.requeueRunning() : records.requeueStale(leaseSeconds);
    }

    /** Keeps this instance's claims fresh while it reads them. */
    @Transactional
    public void renewExtractionClaims() {
        records.renewClaims(instance);
    }

    @Transactional
    public void recordExtraction(long evidenceId, String status) {
        records.markExtraction(evidenceId, status);
        if (!"PENDING".equals(status)) {
            records.trail("system", "EVIDENCE_EXTRACTED", null, evidenceId, null, status + " by " + instance);
        }
    }

    public String instance() {
        return instance;
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + Long.toHexString(new java.security.SecureRandom().nextInt() & 0xffffL);
    }

    /** Objects are content-addressed: the key comes from the SHA-256, never from the file name. */
    static String storageKey(String sha256) {
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }

    private long copyBounded(InputStream in, OutputStream out, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxUploadBytes) {
                throw new UploadRejectedException(413,
                        "Tệp '" + name + "' vượt quá giới hạn " + (maxUploadBytes / 1024 / 1024) + " MB.",
                        "File '" + name + "' exceeds the " + (maxUploadBytes / 1024 / 1024) + " MB limit.");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /**
     * The original name as data: NFC, no path, no control or bidi-override characters, no broken
     * surrogates, at most 255 characters with the extension kept. Never used as a storage key.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        // C0/C1 controls (NUL included), bidi overrides that disguise extensions, lone surrogates
        name = name.replaceAll("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", "");
        // regexes match code points, so only unpaired surrogates fall in this range
        name = name.replaceAll("[\\uD800-\\uDFFF]", "");
        name = name.strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "unnamed";
        }
        return shorten(name, 255);
    }

    private static String shorten(String name, int max) {
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        int keep = max - ext.codePointCount(0, ext.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + ext;
    }
}
