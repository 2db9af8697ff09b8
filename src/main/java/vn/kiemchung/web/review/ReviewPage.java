package vn.kiemchung.web.review;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.review.Departments;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.QueueFilter;
import vn.kiemchung.review.QueueItem;
import vn.kiemchung.review.ReviewDecision;
import vn.kiemchung.review.ReviewQueue;
import vn.kiemchung.review.ReviewStatus;
import vn.kiemchung.web.Page;
import vn.kiemchung.web.RequestRefusedException;

/** The coordinator's review queue: filters, sort, decisions one by one or in bulk, waivers. */
@Controller
class ReviewPage implements Page {

    private final ReviewQueue review;
    private final EvidenceAccess access;
    private final Departments departments;
    private final Accounts accounts;

    ReviewPage(ReviewQueue review, EvidenceAccess access, Departments departments, Accounts accounts) {
        this.review = review;
        this.access = access;
        this.departments = departments;
        this.accounts = accounts;
    }

    @GetMapping("/dossiers/{id}/review")
    String queue(@PathVariable long id, @ModelAttribute("filter") QueueFilter filter, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        Dossier dossier = access.dossier(actor, id);
        List<QueueItem> items = review.queue(actor, id, filter);
        model.addAttribute("dossier", dossier);
        model.addAttribute("items", items);
        model.addAttribute("departments", departments.all());
        model.addAttribute("mains", access.report(actor, id).mainIndicators());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("locked", access.locked(id));
        model.addAttribute("today", LocalDate.now());
        return "review";
    }

    @PostMapping("/dossiers/{id}/review/{code}/start")
    String start(@PathVariable long id, @PathVariable String code, Principal user) {
        review.startReview(accounts.actor(user), id, code);
        return back(id);
    }

    @PostMapping("/dossiers/{id}/review/{code}/accept")
    String accept(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
                  Principal user, RedirectAttributes flash) {
        review.decide(accounts.actor(user), id, code, new ReviewDecision.Accept(reason));
        flash.addFlashAttribute("done", "accepted");
        return back(id);
    }

    @PostMapping("/dossiers/{id}/review/{code}/send-back")
    String sendBack(@PathVariable long id, @PathVariable String code, @RequestParam String comment,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                    Principal user, RedirectAttributes flash) {
        review.decide(accounts.actor(user), id, code, new ReviewDecision.SendBack(comment, deadline));
        flash.addFlashAttribute("done", "sentBack");
        return back(id);
    }

    @PostMapping("/dossiers/{id}/review/accept")
    String acceptAll(@PathVariable long id, @RequestParam(name = "codes", required = false) List<String> codes,
                     @RequestParam(required = false) String reason, Principal user, RedirectAttributes flash) {
        if (codes == null || codes.stream().allMatch(Objects::isNull)) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.noComponentChosen");
        }
        review.acceptAll(accounts.actor(user), id, codes, reason);
        flash.addFlashAttribute("done", "accepted");
        return back(id);
    }

    @PostMapping("/dossiers/{id}/review/waive")
    String waive(@PathVariable long id, @RequestParam String indicator, @RequestParam String code,
                 @RequestParam(defaultValue = "") String document, @RequestParam String justification, Principal user,
                 RedirectAttributes flash) {
        review.waive(accounts.actor(user), id, indicator, code, document, justification);
        flash.addFlashAttribute("done", "waived");
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/dossiers/" + id + "/review";
    }
}
