package vn.kiemchung.web.dossiers;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.web.RequestRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.UploadOutcome;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.evidence.WithdrawnEvidence;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewQueue;

/**
 * Files from the component page and from scripts into evidence, a ZIP unpacked into its entries; the
 * review hears of every stored or withdrawn file from the evidence module's events. Uploading to a component that is submitted or accepted
 * reopens it, so it is refused unless the uploader confirmed that ({@code reopen}).
 */
@Component
class EvidenceUploads {

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final ReviewQueue review;

    EvidenceUploads(EvidenceIntake intake, EvidenceAccess access, ReviewQueue review) {
        this.intake = intake;
        this.access = access;
        this.review = review;
    }

    /** One file stored whole, a ZIP too: the contract's upload without {@code unpack}. */
    Evidence receiveWhole(Actor actor, long dossierId, String code, MultipartFile file, boolean reopen) {
        access.checkUpload(actor, dossierId, code);
        review.checkReopen(actor, dossierId, code, reopen);
        return read(file, in -> intake.upload(dossierId, code, file.getOriginalFilename(), in, actor.username()));
    }

    /** One file, a ZIP unpacked; a refusal of the file as a whole (a ZIP over its limits) is thrown. */
    List<UploadOutcome> receive(Actor actor, long dossierId, String code, MultipartFile file, boolean reopen) {
        access.checkUpload(actor, dossierId, code);
        review.checkReopen(actor, dossierId, code, reopen);
        return unpacking(actor, dossierId, code, file);
    }

    /** Several files from a page: a refused file is listed with its reason and does not stop the others. */
    List<UploadOutcome> receiveEach(Actor actor, long dossierId, String code, List<MultipartFile> files, boolean reopen) {
        access.checkUpload(actor, dossierId, code);
        if (files.stream().anyMatch(f -> !noFileChosen(f))) {
            review.checkReopen(actor, dossierId, code, reopen);
        }
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            if (noFileChosen(file)) {
                continue; // the form was sent with no file chosen
            }
            try {
                outcomes.addAll(unpacking(actor, dossierId, code, file));
            } catch (UploadRejectedException e) {
                outcomes.add(UploadOutcome.refused(String.valueOf(file.getOriginalFilename()), e));
            }
        }
        return outcomes;
    }

    /** Stores a file whose upload was allowed, a ZIP as its entries (the review hears of each from its event). */
    private List<UploadOutcome> unpacking(Actor actor, long dossierId, String code, MultipartFile file) {
        return read(file, in -> intake.uploadUnpacking(dossierId, code, file.getOriginalFilename(), in, actor.username()));
    }

    /** Takes a file out of the checks (it stays stored and in the trail), with the reason. */
    WithdrawnEvidence withdraw(Actor actor, long evidenceId, String reason) {
        Evidence old = access.checkWithdraw(actor, evidenceId);
        return intake.withdraw(old, actor.username(), reason, null);
    }

    /**
     * Stores a new file in place of an old one of the same component: the old one leaves the checks
     * and names its replacement, so the link between the two stays in the records and the trail.
     */
    Evidence replace(Actor actor, long evidenceId, MultipartFile file, String reason) {
        Evidence old = access.checkWithdraw(actor, evidenceId);
        access.checkUpload(actor, old.dossierId(), old.indicatorCode());
        if (reason == null || reason.isBlank()) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.upload.replaceNeedsReason", old.fileName());
        }
        if (noFileChosen(file)) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.upload.replaceNoFile", old.fileName());
        }
        Evidence fresh = read(file, in -> intake.upload(old.dossierId(), old.indicatorCode(), file.getOriginalFilename(), in,
                actor.username()));
        intake.withdraw(old, actor.username(), reason, fresh.id());
        return fresh;
    }

    /** A form sent with no file chosen: an empty part without a name (an empty file with a name is a file). */
    private static boolean noFileChosen(MultipartFile file) {
        return file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
    }

    private interface Store<T> {
        T from(InputStream content);
    }

    private static <T> T read(MultipartFile file, Store<T> store) {
        try (InputStream in = file.getInputStream()) {
            return store.from(in);
        } catch (IOException e) {
            String name = file.getOriginalFilename();
            throw UploadRejectedException.keyed(Reason.INVALID, "refusal.upload.unreadable", name);
        }
    }
}
