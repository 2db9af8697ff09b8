package vn.kiemchung.review;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Role;
import vn.kiemchung.evidence.Dossier;

/**
 * The in-app notifications (the bell) and, when an SMTP server is configured, their e-mail: send-backs
 * and acceptances go to the officers of the component's department (and whoever submitted it),
 * reopenings to the coordinators, reminders to the officers when a supplement is due within three days.
 * Nobody is told about what they did themselves.
 */
@Service
public class Notifications {

    /** A reminder goes out when the supplement is due within this many days (today included). */
    public static final int DUE_SOON_DAYS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COLUMNS = """
            n.id, n.recipient, n.kind, n.dossier_id, d.province, d.year, n.indicator_code, n.actor, n.detail, n.deadline,
            n.created_at, n.read_at""";

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Accounts accounts;
    private final NotificationMail mail;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Departments departments, Accounts accounts, NotificationMail mail, MessageSource messages,
                  java.util.Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The officers of the department that supplies the component, and whoever submitted it, but not the actor. */
    void toDepartment(Notification.Kind kind, Dossier dossier, String indicatorCode, String actor, String submittedBy,
                      String detail, LocalDate deadline) {
        java.util.Set<String> people = new java.util.LinkedHashSet<>(officersOf(dossier.year(), indicatorCode));
        if (submittedBy != null && enabled(submittedBy)) {
            people.add(submittedBy);
        }
        people.remove(actor);
        people.forEach(p -> add(p, kind, dossier.id(), indicatorCode, actor, detail, deadline, null));
    }

    /** Every enabled coordinator but the actor. */
    void toCoordinators(Notification.Kind kind, long dossierId, String indicatorCode, String actor, String detail) {
        accounts.enabledWith(Role.COORDINATOR).stream().filter(u -> !u.equals(actor))
                .forEach(u -> add(u, kind, dossierId, indicatorCode, actor, detail, null, null));
    }

    /**
     * Reminds the officers of every component sent back whose deadline falls within three days, once per
     * person, component and deadline however often it runs (hourly, and before a work list is shown).
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @Transactional
    public void remindDueSoon() {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                select r.dossier_id, r.indicator_code, r.deadline, r.decided_by, r.submitted_by, d.year from review_item r
                join dossier d on d.id = r.dossier_id
                where r.status = 'NEEDS_SUPPLEMENT' and not d.locked and r.deadline between ? and ?""")
                .params(Date.valueOf(today), Date.valueOf(today.plusDays(DUE_SOON_DAYS)))
                .query((rs, n) -> {
                    long dossier = rs.getLong(1);
                    String code = rs.getString(2);
                    LocalDate deadline = rs.getDate(3).toLocalDate();
                    java.util.Set<String> people = new java.util.LinkedHashSet<>(officersOf(rs.getInt(6), code));
                    String submitter = rs.getString(5);
                    if (submitter != null && enabled(submitter)) {
                        people.add(submitter);
                    }
                    String decidedBy = rs.getString(4);
                    people.forEach(p -> add(p, Notification.Kind.DEADLINE_SOON, dossier, code, decidedBy, null,
                            deadline, "DEADLINE|" + p + "|" + dossier + "|" + code + "|" + deadline));
                    return dossier;
                }).list();
    }

    public int unread(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(username)
                .query(Integer.class).single();
    }

    /** The newest first. */
    public List<Notification> of(String username, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification n join dossier d on d.id = n.dossier_id "
                        + "where n.recipient = ? order by n.id desc limit ?").params(username, limit)
                .query(Notifications::row).list();
    }

    private Notification one(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification n join dossier d on d.id = n.dossier_id where n.id = ?")
                .param(id).query(Notifications::row).single();
    }

    private static Notification row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Notification(rs.getLong(1), rs.getString(2), Notification.Kind.valueOf(rs.getString(3)),
                rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class));
    }

    /** Marks one of the person's own notifications read; someone else's is not found (false). */
    public boolean markRead(String username, long id) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, now()) where id = ? and recipient = ?")
                .params(id, username).update() == 1;
    }

    public int markAllRead(String username) {
        return jdbc.sql("update notification set read_at = now() where recipient = ? and read_at is null").param(username).update();
    }

    /** The sentence of a notification in a language. */
    public String text(Notification n, Locale locale) {
        Object status = n.detail() != null && n.kind() == Notification.Kind.REOPENED
                ? new DefaultMessageSourceResolvable(new String[] {"status." + n.detail()}, n.detail()) : n.detail();
        return messages.getMessage("notification." + n.kind().name(), new Object[] {n.indicatorCode(), n.province(),
                String.valueOf(n.year()), n.actor() == null ? "" : n.actor(), status == null ? "" : status,
                n.deadline() == null ? "" : n.deadline().format(DATE)}, locale);
    }

    private void add(String recipient, Notification.Kind kind, long dossierId, String indicatorCode, String actor, String detail,
                     LocalDate deadline, String onceKey) {
        List<Long> ids = jdbc.sql("""
                insert into notification (recipient, kind, dossier_id, indicator_code, actor, detail, deadline, once_key)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (once_key) do nothing returning id""")
                .params(recipient, kind.name(), dossierId, indicatorCode, actor, detail,
                        deadline == null ? null : Date.valueOf(deadline), onceKey).query(Long.class).list();
        if (!ids.isEmpty()) {
            mail.send(one(ids.get(0)));
        }
    }

    private List<String> officersOf(int year, String indicatorCode) {
        return departments.supplierOf(year, indicatorCode)
                .map(accounts::enabledOfficersOf)
                .orElse(List.of());
    }

    private boolean enabled(String username) {
        return accounts.isEnabled(username);
    }
}
