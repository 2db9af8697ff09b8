package vn.kiemchung.web;

import java.util.List;

import java.security.Principal;
import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.review.Departments;
import vn.kiemchung.review.Role;

/** The admin's page: departments, accounts, and which department supplies which component. */
@Controller
class AdminPage {

    private final Departments departments;
    private final Accounts accounts;

    private final ApiTokens tokens;

    private final AssessmentYears years;

    AdminPage(Departments departments, Accounts accounts, ApiTokens tokens, AssessmentYears years) {
        this.years = years;
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

    @PostMapping("/admin/accounts")
    String account(@RequestParam String username, @RequestParam String password, @RequestParam String role,
                   @RequestParam(required = false) String department, Principal user, RedirectAttributes flash) {
        accounts.create(username, password, role, department, user.getName());
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin";
    }

    @PostMapping("/admin/assignments")
    String assign(@RequestParam int year, @RequestParam String indicators, @RequestParam String department,
                  Principal user, RedirectAttributes flash) {
        // ";" or spaces part codes, and ", " with its space; "1,3" stays whole and is refused, never read as 1 and 3
        List<String> codes = java.util.Arrays.stream(indicators.split("[;\\s]+|,\\s+"))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        years.requireComponents(year, codes);
        for (String code : codes) {
            departments.assign(year, code, department, user.getName());
        }
        flash.addFlashAttribute("done", "saved");
        return "redirect:/admin?year=" + year;
    }
}
