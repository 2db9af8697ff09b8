package vn.kiemchung.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Something a person should know about one component: it was sent back, accepted, reopened by an
 * upload, or its supplement is due within three days. The words come from messages*.properties
 * ({@code notification.<kind>}), so the bell, the list and the e-mail say the same in either language.
 */
public record Notification(long id, String recipient, Kind kind, long dossierId, String province, int year,
                           String indicatorCode, String actor, String detail, LocalDate deadline,
                           OffsetDateTime createdAt, OffsetDateTime readAt) {

    public enum Kind {
        SENT_BACK, ACCEPTED, REOPENED, DEADLINE_SOON
    }

    public boolean unread() {
        return readAt == null;
    }
}
