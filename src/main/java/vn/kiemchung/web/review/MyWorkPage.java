package vn.kiemchung.web.review;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.review.MyWorkLists;
import vn.kiemchung.review.Notifications;
import vn.kiemchung.web.Page;
import vn.kiemchung.web.RequestRefusedException;

/**
 * "Việc của tôi": where officers and coordinators land after signing in (their work across open
 * dossiers), and the list behind the bell, where notifications are marked read.
 */
@Controller
class MyWorkPage implements Page {

    static final int LISTED = 100;

    private final MyWorkLists work;
    private final Notifications notifications;
    private final Accounts accounts;

    MyWorkPage(MyWorkLists work, Notifications notifications, Accounts accounts) {
        this.work = work;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @GetMapping("/my-work")
    String myWork(Model model, Principal user) {
        Actor actor = accounts.actor(user);
        model.addAttribute("work", work.of(actor));
        model.addAttribute("latest", notifications.of(actor.username(), 5).stream().filter(n -> n.unread()).toList());
        return "my-work";
    }

    @GetMapping("/notifications")
    String list(Model model, Principal user) {
        Actor actor = accounts.actor(user);
        model.addAttribute("notifications", notifications.of(actor.username(), LISTED));
        return "notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, Principal user) {
        if (!notifications.markRead(accounts.actor(user).username(), id)) {
            throw RequestRefusedException.keyed(Reason.NOT_FOUND, "notification.notFound", id);
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(Principal user, RedirectAttributes flash) {
        notifications.markAllRead(accounts.actor(user).username());
        flash.addFlashAttribute("done", "allRead");
        return "redirect:/notifications";
    }
}
