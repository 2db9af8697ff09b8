package vn.kiemchung.web.dossiers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.review.Department;
import vn.kiemchung.review.Departments;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewItem;
import vn.kiemchung.review.ReviewQueue;
import vn.kiemchung.web.AssessmentYears;
import vn.kiemchung.web.Page;

/** The list of dossiers and each dossier's dashboard. */
@Controller
class DossierPages implements Page {

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final ReviewQueue review;
    private final Departments departments;
    private final Accounts accounts;

    private final AssessmentYears years;
    private final Provinces provinces;

    DossierPages(EvidenceIntake intake, EvidenceAccess access, ReviewQueue review, Departments departments, Accounts accounts,
                 AssessmentYears years, Provinces provinces) {
        this.years = years;
        this.provinces = provinces;
        this.intake = intake;
        this.access = access;
        this.review = review;
        this.departments = departments;
        this.accounts = accounts;
    }

    /** Officers and coordinators land on their work across dossiers; everyone else on the list of dossiers. */
    @GetMapping("/")
    String home(Principal user) {
        Actor actor = user == null ? null : accounts.actor(user);
        if (actor != null && (actor.isOfficer() || actor.role() == vn.kiemchung.accounts.Role.COORDINATOR)) {
            return "redirect:/my-work";
        }
        return "redirect:/dossiers";
    }

    /** The list, and the form for a new dossier: a year, then a province from that year's list (none chosen). */
    @GetMapping("/dossiers")
    String dossiers(@RequestParam(name = "year", required = false) Integer year, Model model) {
        java.util.List<Integer> available = years.available();
        int chosen = year != null && available.contains(year) ? year : available.isEmpty() ? 0 : available.get(available.size() - 1);
        model.addAttribute("dossiers", intake.dossiers());
        model.addAttribute("years", available);
        model.addAttribute("newYear", chosen);
        java.util.Set<String> taken = intake.dossiers().stream().filter(d -> d.year() == chosen)
                .map(d -> vn.kiemchung.rules.Conventions.provinceKey(d.province())).collect(Collectors.toSet());
        model.addAttribute("provinces", (chosen == 0 ? java.util.List.<String>of() : provinces.of(chosen)).stream()
                .map(p -> new ProvinceOption(p, taken.contains(vn.kiemchung.rules.Conventions.provinceKey(p)))).toList());
        return "dossiers";
    }

    @PostMapping("/dossiers")
    String create(@RequestParam String province, @RequestParam int year, Principal user) {
        years.requireIndicatorSet(year);
        Provinces.Chosen chosen = provinces.resolve(year, province);
        Dossier d = intake.createDossier(chosen.name(), chosen.key(), year, user.getName());
        return "redirect:/dossiers/" + d.id();
    }

    @GetMapping("/dossiers/{id}")
    String dashboard(@PathVariable long id, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        Dossier dossier = access.dossier(actor, id);
        AuditReport report = access.report(actor, id);
        Map<String, ReviewItem> items = review.items(id).stream()
                .collect(Collectors.toMap(ReviewItem::indicatorCode, Function.identity()));
        Map<String, String> suppliers = departments.assignments(dossier.year()).stream()
                .collect(Collectors.toMap(a -> a.indicatorCode(), a -> a.department()));
        model.addAttribute("dossier", dossier);
        model.addAttribute("report", report);
        model.addAttribute("items", items);
        model.addAttribute("suppliers", suppliers);
        model.addAttribute("locked", access.locked(id));
        model.addAttribute("mainPercents", report.mainIndicators().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> percent(m.projectedPoints(), m.maxPoints()), (a, b) -> a)));
        model.addAttribute("scorePercent", percent(report.projectedScore(), report.maxScore()));
        model.addAttribute("departmentTotals", DepartmentTotals.of(report, suppliers, items));
        model.addAttribute("departmentNames", departments.all().stream()
                .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a)));
        return "dashboard";
    }

    /** Before locking: the components at zero and the points still at risk, and the confirmation. */
    @GetMapping("/dossiers/{id}/submit")
    String confirmLock(@PathVariable long id, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        model.addAttribute("dossier", access.dossier(actor, id));
        model.addAttribute("preview", review.lockPreview(actor, id));
        model.addAttribute("locked", access.locked(id));
        return "lock";
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
                  Principal user, RedirectAttributes flash) {
        review.submitToMinistry(accounts.actor(user), id, confirm);
        flash.addFlashAttribute("done", "locked");
        return "redirect:/dossiers/" + id;
    }

    /** A province in the new-dossier form; one that has its dossier for the year is shown but cannot be chosen. */
    record ProvinceOption(String name, boolean taken) {
    }

    static int percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}
