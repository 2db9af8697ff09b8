package vn.kiemchung.web.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
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
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.web.Page;
import vn.kiemchung.web.RequestRefusedException;

/**
 * The signed-in person's own page: who they are and their API tokens for scripts. A new token's
 * secret is shown in the answer to the form, once, and kept nowhere (not even the session).
 */
@Controller
class AccountPage implements Page {

    private final ApiTokens tokens;
    private final Accounts accounts;

    AccountPage(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** Changing one's own password; the only page an account reaches while it must change it. */
    @GetMapping("/account/password")
    String password(Principal user, Model model) {
        model.addAttribute("forced", accounts.state(user.getName()).map(Accounts.State::mustChangePassword).orElse(false));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
                          Principal user, RedirectAttributes flash) {
        if (!password.equals(confirm)) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.request.passwordsDiffer");
        }
        accounts.changePassword(user.getName(), current, password);
        flash.addFlashAttribute("passwordChanged", Boolean.TRUE);
        return "redirect:/account";
    }

    @GetMapping("/account")
    String account(Principal user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("email", accounts.email(user.getName()).orElse(""));
        model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "account";
    }

    /** The address notifications are e-mailed to (when the server has an SMTP server configured). */
    @PostMapping("/account/email")
    String email(@RequestParam(required = false) String email, Principal user, RedirectAttributes flash) {
        accounts.setEmail(user.getName(), email);
        flash.addFlashAttribute("emailSaved", Boolean.TRUE);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam(required = false) Integer days, Principal user, Model model,
                  HttpServletResponse response) {
        model.addAttribute("issued", tokens.create(user.getName(), name, days));
        response.setHeader("Cache-Control", "no-store");
        return account(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal user, RedirectAttributes flash) {
        tokens.revoke(user.getName(), id);
        flash.addFlashAttribute("revoked", Boolean.TRUE);
        return "redirect:/account";
    }
}
