package vn.kiemchung.web.dossiers;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.assessment.Citations;
import vn.kiemchung.evidence.UploadOutcome;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewQueue;
import vn.kiemchung.web.Page;

/** One component of a dossier: its evidence, findings with explanations, what was read, upload and submission. */
@Controller
class ComponentPage implements Page {

    private final EvidenceUploads uploads;
    private final EvidenceAccess access;
    private final ReviewQueue review;
    private final Accounts accounts;

    private final vn.kiemchung.extraction.EvidenceExtraction extraction;

    ComponentPage(EvidenceUploads uploads, EvidenceAccess access, ReviewQueue review, Accounts accounts,
                  vn.kiemchung.extraction.EvidenceExtraction extraction) {
        this.extraction = extraction;
        this.uploads = uploads;
        this.access = access;
        this.review = review;
        this.accounts = accounts;
    }

    @GetMapping("/dossiers/{id}/components/{code}")
    String component(@PathVariable long id, @PathVariable String code, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        model.addAttribute("dossier", access.dossier(actor, id));
        var item = review.queueItem(actor, id, code);
        model.addAttribute("item", item);
        // each file's reading status, from the extraction module's queue
        model.addAttribute("readings", extraction.statuses(id));
        // The evidence list as the ministry's form asks for it, one line per document.
        model.addAttribute("citations", Citations.forComponent(item.documents(), code));
        model.addAttribute("estimated", access.report(actor, id).indicators().stream()
                .anyMatch(i -> i.code().equals(code) && i.estimated()));
        model.addAttribute("locked", access.locked(id));
        model.addAttribute("withdrawn", access.withdrawnOf(actor, id, code));
        // ERRORs that a submission would have to justify, shown with the submit button.
        model.addAttribute("errors", review.errorsOf(actor, id, code));
        return "component";
    }

    /** Takes a file out of the component's checks, with the reason; it stays stored and in the trail. */
    @PostMapping("/dossiers/{id}/components/{code}/evidence/{evidenceId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable String code, @PathVariable long evidenceId,
                    @RequestParam(name = "reason", required = false) String reason, Principal user,
                    RedirectAttributes flash) {
        requireFileOf(id, code, evidenceId, user);
        uploads.withdraw(accounts.actor(user), evidenceId, reason);
        flash.addFlashAttribute("done", "withdrawn");
        return "redirect:/dossiers/" + id + "/components/" + code;
    }

    /** A new file in place of one of the component's files; the old one names its replacement. */
    @PostMapping("/dossiers/{id}/components/{code}/evidence/{evidenceId}/replace")
    String replace(@PathVariable long id, @PathVariable String code, @PathVariable long evidenceId,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "reason", required = false) String reason, Principal user,
                   RedirectAttributes flash) {
        requireFileOf(id, code, evidenceId, user);
        uploads.replace(accounts.actor(user), evidenceId, file, reason);
        flash.addFlashAttribute("done", "replaced");
        return "redirect:/dossiers/" + id + "/components/" + code;
    }

    /** The address names a dossier and component: a file of another one is not found here. */
    private void requireFileOf(long dossierId, String code, long evidenceId, Principal user) {
        var e = access.evidence(accounts.actor(user), evidenceId);
        if (e.dossierId() != dossierId || !e.indicatorCode().equals(code)) {
            throw new vn.kiemchung.evidence.EvidenceNotFoundException(evidenceId);
        }
    }

    /** The form without script: every file (a ZIP's entries) stored or listed with its reason, then back to the page. */
    @PostMapping("/dossiers/{id}/components/{code}/files")
    String upload(@PathVariable long id, @PathVariable String code, @RequestParam("files") List<MultipartFile> files,
                  @RequestParam(name = "reopen", defaultValue = "false") boolean reopen,
                  Principal user, Locale locale, RedirectAttributes flash) {
        List<UploadOutcome> outcomes = uploads.receiveEach(accounts.actor(user), id, code, files, reopen);
        boolean en = "en".equals(locale.getLanguage());
        flash.addFlashAttribute("uploaded", outcomes.stream().filter(UploadOutcome::stored).count());
        List<String> refusals = outcomes.stream().filter(o -> !o.stored()).map(o -> en ? o.reasonEn() : o.reasonVi()).toList();
        if (!refusals.isEmpty()) {
            flash.addFlashAttribute("refusals", refusals);
        }
        return "redirect:/dossiers/" + id + "/components/" + code;
    }

    @PostMapping("/dossiers/{id}/components/{code}/submit")
    String submit(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
                  Principal user, RedirectAttributes flash) {
        review.submit(accounts.actor(user), id, code, reason);
        flash.addFlashAttribute("done", "submitted");
        return "redirect:/dossiers/" + id + "/components/" + code;
    }
}
