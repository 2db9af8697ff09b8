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
import org.apache.tika.Tika;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes uploads in: the bytes are stored and their SHA-256 recorded before anything parses them,
 * so a file that later breaks a parser is never lost. The same bytes are stored once.
 */
@Service
public class EvidenceIntake {

    private static final Pattern INDICATOR_CODE = Pattern.compile("[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,3}");
    private static final Tika TYPE_DETECTOR = new Tika();

    private final EvidenceRecords records;
    private final EvidenceStore store;
    private final ApplicationEventPublisher events;
    private final long maxUploadBytes;

    EvidenceIntake(EvidenceRecords records, EvidenceStore store, ApplicationEventPublisher events,
                   StorageProperties properties) {
        this.records = records;
        this.store = store;
        this.events = events;
        this.maxUploadBytes = properties.maxUploadBytes();
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
     */
    @Transactional
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
            String key = "sha256/" + sha256.substring(0, 2) + "/" + sha256;
            String mediaType = TYPE_DETECTOR.detect(temp);
            if (!records.objectRecorded(sha256) || !store.exists(key)) {
                store.put(key, temp, size, mediaType);
            }
            records.insertObject(sha256, size, mediaType, key);
            long id = records.insertEvidence(dossierId, code, name, sha256, size, actor);
            records.trail(actor, "EVIDENCE_UPLOADED", dossierId, id, sha256, code + " " + name);
            events.publishEvent(new EvidenceStored(id, dossierId, code, name, sha256));
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
        return records.claimPending(limit);
    }

    /** After a crash, extractions that were running are started again. */
    @Transactional
    public int requeueInterruptedExtractions() {
        return records.requeueRunning();
    }

    @Transactional
    public void recordExtraction(long evidenceId, String status) {
        records.markExtraction(evidenceId, status);
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

    /** NFC, no path, no control characters, at most 255 characters; the rest of the name is kept. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "unnamed";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
