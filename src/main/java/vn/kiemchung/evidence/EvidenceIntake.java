package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kiemchung.platform.ZipArchives;

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
    private final ZipArchives.Limits zipLimits = ZipArchives.LIMITS;
    private final ZipUnpacking unpacking;

    EvidenceIntake(EvidenceRecords records, EvidenceStore store, ApplicationEventPublisher events,
                   StorageProperties properties, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.store = store;
        this.events = events;
        this.maxUploadBytes = properties.maxUploadBytes();
        this.transactions = new TransactionTemplate(transactionManager);
        this.unpacking = new ZipUnpacking(zipLimits, maxUploadBytes);
    }

    @Transactional
    public Dossier createDossier(String province, int year, String actor) {
        if (province == null || province.isBlank()) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.dossier.provinceMissing");
        }
        if (year < 2020 || year > 2100) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.dossier.yearInvalid", String.valueOf(year));
        }
        return createDossier(province, null, year, actor);
    }

    /**
     * A dossier whose province is known by {@code provinceKey} (its folded name): a second dossier for the
     * same key and year is refused (409) naming the first, and the database's unique index holds it under races.
     */
    @Transactional
    public Dossier createDossier(String province, String provinceKey, int year, String actor) {
        if (province == null || province.isBlank()) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.dossier.provinceMissing");
        }
        if (year < 2020 || year > 2100) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.dossier.yearInvalid", String.valueOf(year));
        }
        String name = Normalizer.normalize(province.strip(), Normalizer.Form.NFC);
        if (provinceKey != null) {
            records.dossierFor(provinceKey, year).ifPresent(existing -> {
                throw duplicate(existing);
            });
        }
        long id;
        try {
            id = records.insertDossier(name, provinceKey, year, actor);
        } catch (org.springframework.dao.DuplicateKeyException race) {
            // the transaction is spoilt after the failed insert: name the province and year, not the other dossier's number
            vn.kiemchung.platform.Bilingual text = vn.kiemchung.platform.Bilingual.of("dossier.duplicateRace", name,
                    String.valueOf(year));
            throw new UploadRejectedException(Reason.CONFLICT, text);
        }
        events.publishEvent(new DossierChanged(id, province, year, false, actor));
        return dossier(id);
    }

    private static UploadRejectedException duplicate(Dossier existing) {
        vn.kiemchung.platform.Bilingual text = vn.kiemchung.platform.Bilingual.of("dossier.duplicate",
                existing.province(), String.valueOf(existing.year()), String.valueOf(existing.id()));
        return new UploadRejectedException(Reason.CONFLICT, text);
    }

    /**
     * Deletes a dossier that never received a file (made by mistake): its review rows go with it; the
     * trail keeps its creation and deletion. Refused (409) once a file was uploaded, even a withdrawn one.
     */
    @Transactional
    public void deleteEmptyDossier(long id, String actor) {
        Dossier d = dossier(id);
        if (records.locked(id)) {
            vn.kiemchung.platform.Bilingual text = vn.kiemchung.platform.Bilingual.of("dossier.deleteLocked",
                    d.province(), String.valueOf(d.year()));
            throw new UploadRejectedException(Reason.CONFLICT, text);
        }
        int files = records.filesEver(id);
        if (files > 0) {
            vn.kiemchung.platform.Bilingual text = vn.kiemchung.platform.Bilingual.of("dossier.deleteHasFiles",
                    d.province(), String.valueOf(d.year()), String.valueOf(files));
            throw new UploadRejectedException(Reason.CONFLICT, text);
        }
        records.deleteDossier(id);
        events.publishEvent(new DossierChanged(id, d.province(), d.year(), true, actor));
    }

    /** Fills the province key of dossiers made before keys were kept, leaving it empty where two would clash. */
    @Transactional
    public int fillProvinceKeys(java.util.function.Function<String, String> keyOf) {
        int filled = 0;
        for (Dossier d : records.dossiersWithoutKey()) {
            String key = keyOf.apply(d.province());
            if (records.dossierFor(key, d.year()).isEmpty()) {
                records.setProvinceKey(d.id(), key);
                filled++;
            }
        }
        return filled;
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

    /**
     * Takes a file out of the dossier's checks; it stays stored and in the trail. {@code replacedBy}
     * names the file that takes its place, for a replacement.
     */
    @Transactional
    public WithdrawnEvidence withdraw(Evidence evidence, String actor, String reason, Long replacedBy) {
        String why = reason == null ? "" : Normalizer.normalize(reason.strip(), Normalizer.Form.NFC);
        if (why.isEmpty()) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.evidence.withdrawNeedsReason", evidence.fileName());
        }
        if (why.length() > 1000) {
            why = why.substring(0, 1000);
        }
        if (!records.withdraw(evidence.id(), actor, why, replacedBy)) {
            throw UploadRejectedException.keyed(Reason.CONFLICT, "refusal.evidence.withdrawnAlready", evidence.fileName());
        }
        events.publishEvent(new EvidenceWithdrawn(evidence, actor, why, replacedBy));
        return records.withdrawal(evidence.id()).orElseThrow();
    }

    /** When and why a file was withdrawn; empty while it is in the checks. */
    public java.util.Optional<WithdrawnEvidence> withdrawal(long evidenceId) {
        return records.withdrawal(evidenceId);
    }

    /** The dossier's withdrawn files, newest first. */
    public List<WithdrawnFile> withdrawnOf(long dossierId) {
        return records.withdrawnOf(dossierId);
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
        String code = indicatorCode(indicatorCode);
        String name = cleanName(fileName);
        try (SpooledFile file = SpooledFile.of(content, maxUploadBytes, name)) {
            return store(dossierId, code, name, name, file, actor, false);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * Stores one upload, unpacking a ZIP archive into one evidence file per entry
     * ("archive.zip/folder/file.pdf"); the archive itself is not kept as evidence. Any other file
     * is stored as {@link #upload} stores it.
     *
     * @return one outcome per stored or refused file; an entry refused does not stop the others
     * @throws UploadRejectedException when the upload as a whole is refused (a ZIP over its
     *                                 limits, a file of a refused type): then nothing was stored
     */
    public List<UploadOutcome> uploadUnpacking(long dossierId, String indicatorCode, String fileName, InputStream content,
                                               String actor) {
        dossier(dossierId);
        String code = indicatorCode(indicatorCode);
        String name = cleanName(fileName);
        try (SpooledFile file = SpooledFile.of(content, maxUploadBytes, name)) {
            boolean startsLikeZip = file.size() > 0 && ZipArchives.startsLikeZip(file.path());
            if (startsLikeZip) {
                // bounded before Tika's container detection opens it to tell a ZIP from a DOCX/XLSX/ODT
                UploadPolicy.checkZip(name, file.path(), file.size(), false, zipLimits);
            }
            if (!startsLikeZip || !UploadPolicy.ZIP.equals(UploadPolicy.detect(file.path()))) {
                return List.of(UploadOutcome.stored(name, store(dossierId, code, name, name, file, actor, startsLikeZip)));
            }
            return unpacking.unpack(name, file.path(), file.size(),
                    (entry, entryName, label) -> store(dossierId, code, entryName, label, entry, actor, false));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * Stores spooled bytes under {@code name}; {@code label} names the file in refusals (for an
     * entry of a ZIP: "archive.zip › entry").
     *
     * @param expansionChecked true when the caller has already bounded this ZIP-based file's expansion
     */
    private Evidence store(long dossierId, String code, String name, String label, SpooledFile file, String actor,
                           boolean expansionChecked) {
        long size = file.size();
        Path temp = file.path();
        if (size == 0) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.upload.empty", label);
        }
        String sha256 = file.sha256();
        String key = storageKey(sha256);
        try {
            // A ZIP (or DOCX/XLSX/ODT…) is bounded before Tika's container detection opens it here.
            boolean zipChecked = expansionChecked || ZipArchives.startsLikeZip(temp);
            if (zipChecked && !expansionChecked) {
                UploadPolicy.checkZip(label, temp, size, false, zipLimits);
            }
            String mediaType = UploadPolicy.detect(temp);
            UploadPolicy.check(label, mediaType, temp, size, zipLimits, zipChecked);
            // Not recorded yet: put it (again), which also refreshes its age for the orphan sweeper.
            if (!records.objectRecorded(sha256) || !store.exists(key)) {
                store.put(key, temp, size, mediaType);
            }
            long id = transactions.execute(tx -> {
                records.insertObject(sha256, size, mediaType, key);
                long evidenceId = records.insertEvidence(dossierId, code, name, sha256, size, actor);
                events.publishEvent(new EvidenceStored(evidenceId, dossierId, code, name, sha256, actor));
                return evidenceId;
            });
            return evidence(id);
        } catch (IOException e) {
            throw unreadable(label, e);
        }
    }

    private static String indicatorCode(String indicatorCode) {
        String code = indicatorCode == null ? "" : indicatorCode.strip();
        if (!INDICATOR_CODE.matcher(code).matches()) {
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.upload.badIndicator", code);
        }
        return code;
    }

    private static UploadRejectedException unreadable(String name, IOException e) {
        return UploadRejectedException.keyed(Reason.INVALID, "refusal.upload.unreadableBecause", name, String.valueOf(e.getMessage()));
    }

    /** Objects are content-addressed: the key comes from the SHA-256, never from the file name. */
    static String storageKey(String sha256) {
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }

    /**
     * The original name as data: NFC, no path, no control or bidi-override characters, no broken
     * surrogates, at most 255 characters with the extension kept. Never used as a storage key.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = cleanSegment(name.substring(name.lastIndexOf('/') + 1));
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "unnamed";
        }
        return shorten(name, 255);
    }

    /** One segment of a name, cleaned as data; empty when nothing is left. */
    static String cleanSegment(String segment) {
        String name = Normalizer.normalize(segment == null ? "" : segment, Normalizer.Form.NFC);
        // C0/C1 controls (NUL included) and every format character (Unicode category Cf: bidi marks,
        // overrides and isolates that disguise extensions, U+061C, zero-width and invisible ones,
        // U+2060–U+2064, the BOM, tag characters…), lone surrogates
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "");
        // regexes match code points, so only unpaired surrogates fall in this range
        name = name.replaceAll("[\\uD800-\\uDFFF]", "");
        return name.strip();
    }

    static String shorten(String name, int max) {
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
