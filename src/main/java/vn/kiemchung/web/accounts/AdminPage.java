package vn.kiemchung.web.accounts;

import java.security.Principal;
import java.time.Year;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.ApiTokens;
import vn.kiemchung.accounts.PasswordPolicy;
import vn.kiemchung.accounts.Role;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.review.Departments;
import vn.kiemchung.web.AssessmentYears;
import vn.kiemchung.web.Page;
import vn.kiemchung.web.RequestRefusedException;

/** The admin's page: departments, accounts, and which department supplies which component. */
@Controller
class AdminPage implements Page {

    private final Departments departments;
    private final Accounts accounts;

    private final ApiTokens tokens;

    private final AssessmentYears years;
    private final vn.kiemchung.evidence.EvidenceIntake intake;
    private final vn.kiemchung.rules.RuleBook book;
    private final vn.kiemchung.catalogue.CatalogueSource catalogues;

    AdminPage(Departments departments, Accounts accounts, ApiTokens tokens, AssessmentYears years,
              vn.kiemchung.evidence.EvidenceIntake intake, vn.kiemchung.rules.RuleBook book,
              vn.kiemchung.catalogue.CatalogueSource catalogues) {
        this.years = years;
        this.intake = intake;
        this.book = book;
        this.catalogues = catalogues;
        this.departments = departments;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/admin")
    String admin(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? Year.now().getValue() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("departments", departments.all());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("assignments", departments.assignments(y));
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", tokens.active());
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("dossiers", intake.dossiers());
        // department names, not codes, in the picker and the assignments table (issue 16: "VPUBND" means nothing to a reader)
        java.util.Map<String, String> names = departments.all().stream()
                .collect(java.util.stream.Collectors.toMap(vn.kiemchung.review.Department::code,
                        vn.kiemchung.review.Department::name, (a, b) -> a));
        model.addAttribute("departmentNames", names);
        java.util.Map<String, String> assigned = departments.assignments(y).stream()
                .collect(java.util.stream.Collectors.toMap(vn.kiemchung.review.Assignment::indicatorCode,
                        a -> names.getOrDefault(a.department(), a.department()), (a, b) -> a));
        // the picker: the year's components, each with the department that supplies it now
        model.addAttribute("components", catalogues.year(y)
                .map(c -> c.indicators().stream().map(i -> new ComponentChoice(i.code(), i.nameVi(), i.nameEn(),
                        assigned.get(i.code()))).toList())
                .orElse(List.of()));
        model.addAttribute("years", years.available());
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm("", "", ""));
        }
        return "admin";
    }

    /** Sets a password the person must change at their next sign-in. */
    @PostMapping("/admin/accounts/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, Principal user, RedirectAttributes flash) {
        accounts.resetPassword(username, password, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{username}/{change:enable|disable}")
    String enable(@PathVariable String username, @PathVariable String change, Principal user, RedirectAttributes flash) {
        accounts.setEnabled(username, change.equals("enable"), user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Principal user, RedirectAttributes flash) {
        tokens.revokeAsAdmin(user.getName(), id);
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/departments")
    String department(@RequestParam String code, @RequestParam String name, Principal user, RedirectAttributes flash) {
        departments.create(code, name, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    /** A component of the year in the assignment picker, with the department that supplies it (null when none). */
    record ComponentChoice(String code, String nameVi, String nameEn, String department) {
    }

    /** What the admin typed in the new-account form, given back after a refusal (never the password). */
    record AccountForm(String username, String role, String department) {
    }

    @PostMapping("/admin/accounts")
    String account(@RequestParam String username, @RequestParam String password, @RequestParam String role,
                   @RequestParam(required = false) String department, Principal user, RedirectAttributes flash,
                   java.util.Locale locale) {
        try {
            accounts.create(username, password, role, department, user.getName());
        } catch (vn.kiemchung.accounts.AccountRefusedException e) {
            flash.addFlashAttribute("error", "en".equals(locale.getLanguage()) ? e.text().en() : e.text().vi());
            flash.addFlashAttribute("accountForm", new AccountForm(username, role, department == null ? "" : department));
            return "redirect:/admin#new-account";
        }
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{username}/change")
    String changeAccount(@PathVariable String username, @RequestParam String role,
                         @RequestParam(required = false) String department, Principal user, RedirectAttributes flash) {
        accounts.change(username, role, department, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/departments/{code}/rename")
    String renameDepartment(@PathVariable String code, @RequestParam String name, Principal user, RedirectAttributes flash) {
        departments.rename(code, name, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/departments/{code}/delete")
    String deleteDepartment(@PathVariable String code, Principal user, RedirectAttributes flash) {
        departments.delete(code, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/assignments/{year}/{indicator}/delete")
    String unassign(@PathVariable int year, @PathVariable String indicator, Principal user, RedirectAttributes flash) {
        departments.unassign(year, indicator, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin?year=" + year;
    }

    @PostMapping("/admin/dossiers/{id}/delete")
    String deleteDossier(@PathVariable long id, Principal user, RedirectAttributes flash) {
        intake.deleteEmptyDossier(id, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    /** The picker sends one {@code indicators} per ticked component; a script may still send "1.1, 1.4" in one. */
    @PostMapping("/admin/assignments")
    String assign(@RequestParam int year, @RequestParam(name = "indicators", required = false) List<String> indicators,
                  @RequestParam String department, Principal user, RedirectAttributes flash) {
        // ";" or spaces part codes, and ", " with its space; "1,3" stays whole and is refused, never read as 1 and 3
        List<String> codes = (indicators == null ? List.<String>of() : indicators).stream()
                .flatMap(text -> java.util.Arrays.stream(text.split("[;\\s]+|,\\s+")))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (codes.isEmpty()) {
            vn.kiemchung.platform.Bilingual text = vn.kiemchung.platform.Bilingual.of("assignment.noneChosen");
            throw new RequestRefusedException(Reason.INVALID, text);
        }
        years.requireComponents(year, codes);
        for (String code : codes) {
            departments.assign(year, code, department, user.getName());
        }
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin?year=" + year;
    }
}
