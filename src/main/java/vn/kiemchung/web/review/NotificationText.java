package vn.kiemchung.web.review;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.kiemchung.review.Notification;
import vn.kiemchung.review.Notifications;

/** A notification's sentence in the page's language ({@code ${@notificationText.of(n)}}). */
@Component("notificationText")
class NotificationText {

    private final Notifications notifications;

    NotificationText(Notifications notifications) {
        this.notifications = notifications;
    }

    public String of(Notification n) {
        return notifications.text(n, LocaleContextHolder.getLocale());
    }
}
