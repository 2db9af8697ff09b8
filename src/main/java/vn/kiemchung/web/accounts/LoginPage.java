package vn.kiemchung.web.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.kiemchung.web.Page;

/** The login page: the password form and, when single sign-on is configured, a link to it. */
@Controller
class LoginPage implements Page {

    private final SingleSignOnProperties singleSignOn;

    LoginPage(ObjectProvider<SingleSignOnProperties> singleSignOn) {
        this.singleSignOn = singleSignOn.getIfAvailable();
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) Long lockedSeconds, Model model) {
        if (lockedSeconds != null) {
            model.addAttribute("lockedMinutes", Math.max(1, (lockedSeconds + 59) / 60));
        }
        if (singleSignOn != null) {
            model.addAttribute("ssoLink", "/oauth2/authorization/" + IssuerClientRegistration.ID);
            model.addAttribute("ssoName", singleSignOn.displayName());
        }
        return "login";
    }
}
