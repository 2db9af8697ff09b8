package vn.kiemchung.web.review;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.review.MyWork;
import vn.kiemchung.review.MyWorkLists;
import vn.kiemchung.review.Notification;
import vn.kiemchung.review.Notifications;
import vn.kiemchung.web.ProblemResponses;
import vn.kiemchung.web.RequestRefusedException;

/** One's own notifications and work lists over REST; someone else's notification is not found. */
@RestController
@RequestMapping("/api/v1")
class NotificationApi {

    private final Notifications notifications;
    private final MyWorkLists work;
    private final Accounts accounts;

    NotificationApi(Notifications notifications, MyWorkLists work, Accounts accounts) {
        this.notifications = notifications;
        this.work = work;
        this.accounts = accounts;
    }

    /** A notification with its sentence in Vietnamese and English. */
    record Shown(Notification notification, String text, String textEn) {
    }

    @GetMapping("/notifications")
    Map<String, Object> list(Principal user) {
        String me = accounts.actor(user).username();
        List<Shown> shown = notifications.of(me, MyWorkPage.LISTED).stream()
                .map(n -> new Shown(n, notifications.text(n, ProblemResponses.VI), notifications.text(n, Locale.ENGLISH))).toList();
        return Map.of("unread", notifications.unread(me), "notifications", shown);
    }

    @PostMapping("/notifications/{id}/read")
    Map<String, Object> read(@PathVariable long id, Principal user) {
        String me = accounts.actor(user).username();
        if (!notifications.markRead(me, id)) {
            throw RequestRefusedException.keyed(Reason.NOT_FOUND, "notification.notFound", id);
        }
        return Map.of("id", id, "unread", notifications.unread(me));
    }

    @GetMapping("/my-work")
    MyWork myWork(Principal user) {
        return work.of(accounts.actor(user));
    }

    record Email(String email) {
    }

    /** Sets (blank: removes) the address one's notifications are e-mailed to. */
    @PostMapping("/account/email")
    Map<String, Object> email(@RequestParam(required = false) String email, @RequestBody(required = false) Email body,
                              Principal user) {
        String me = accounts.actor(user).username();
        accounts.setEmail(me, email != null ? email : body == null ? null : body.email());
        return Map.of("username", me, "email", accounts.email(me).orElse(""));
    }
}
