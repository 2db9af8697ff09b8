package vn.kiemchung.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.review.Actor;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewQueue;

/** One component of a dossier: its evidence, findings with explanations, what was read, upload and submission. */
@Controller
class ComponentPage {

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final ReviewQueue review;
    private final Accounts accounts;

    ComponentPage(EvidenceIntake intake, EvidenceAccess access, ReviewQueue review, Accounts accounts) {
        this.intake = intake;
        this.access = access;
        this.review = review;
        this.accounts = accounts;
    }

    @GetMapping("/dossiers/{id}/components/{code}")
    String component(@PathVariable long id, @PathVariable String code, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        model.addAttribute("dossier", access.dossier(actor, id));
        model.addAttribute("item", review.queueItem(actor, id, code));
        model.addAttribute("locked", access.locked(id));
        return "component";
    }

    @PostMapping("/dossiers/{id}/components/{code}/files")
    String upload(@PathVariable long id, @PathVariable String code, @RequestParam("files") List<MultipartFile> files,
                  Principal user, RedirectAttributes flash) {
        Actor actor = accounts.actor(user);
        access.checkUpload(actor, id, code);
        int stored = 0;
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                Evidence e = intake.upload(id, code, file.getOriginalFilename(), in, user.getName());
                review.evidenceAdded(actor, e);
                stored++;
            } catch (IOException ex) {
                throw new UploadRejectedException(400, "Không đọc được tệp tải lên '" + file.getOriginalFilename() + "'.",
                        "Could not read the uploaded file '" + file.getOriginalFilename() + "'.");
            }
        }
        flash.addFlashAttribute("uploaded", stored);
        return "redirect:/dossiers/" + id + "/components/" + code;
    }

    @PostMapping("/dossiers/{id}/components/{code}/submit")
    String submit(@PathVariable long id, @PathVariable String code, Principal user, RedirectAttributes flash) {
        review.submit(accounts.actor(user), id, code);
        flash.addFlashAttribute("done", "submitted");
        return "redirect:/dossiers/" + id + "/components/" + code;
    }
}
