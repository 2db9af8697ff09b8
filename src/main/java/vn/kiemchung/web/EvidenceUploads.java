package vn.kiemchung.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.UploadOutcome;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.review.Actor;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewQueue;

/**
 * Files from the component page and from scripts into evidence, a ZIP unpacked into its entries;
 * every stored file is told to the review (an accepted component opens again).
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

    /** One file; a refusal of the file as a whole (a ZIP over its limits) is thrown. */
    List<UploadOutcome> receive(Actor actor, long dossierId, String code, MultipartFile file) {
        access.checkUpload(actor, dossierId, code);
        String name = file.getOriginalFilename();
        List<UploadOutcome> outcomes;
        try (InputStream in = file.getInputStream()) {
            outcomes = intake.uploadUnpacking(dossierId, code, name, in, actor.username());
        } catch (IOException e) {
            throw new UploadRejectedException(400, "Không đọc được tệp tải lên '" + name + "'.",
                    "Could not read the uploaded file '" + name + "'.");
        }
        outcomes.stream().filter(UploadOutcome::stored).forEach(o -> review.evidenceAdded(actor, o.evidence()));
        return outcomes;
    }

    /** Several files from a page: a refused file is listed with its reason and does not stop the others. */
    List<UploadOutcome> receiveEach(Actor actor, long dossierId, String code, List<MultipartFile> files) {
        access.checkUpload(actor, dossierId, code);
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // the form was sent with no file chosen
            }
            try {
                outcomes.addAll(receive(actor, dossierId, code, file));
            } catch (UploadRejectedException e) {
                outcomes.add(UploadOutcome.refused(String.valueOf(file.getOriginalFilename()), e));
            }
        }
        return outcomes;
    }
}
