package vn.kiemchung.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own page: who they are and their API tokens for scripts. A new token's
 * secret is shown in the answer to the form, once, and kept nowhere (not even the session).
 */
@Controller
class AccountPage {

    private final ApiTokens tokens;

    AccountPage(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Principal user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "account";
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
