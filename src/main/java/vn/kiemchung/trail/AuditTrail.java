package vn.kiemchung.trail;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only trail of every action (uploads, readings, submissions, decisions, waivers, locks,
 * accounts, rules): written only here, from the events the modules publish, read here, exported as CSV.
 * The table refuses updates and deletes by itself.
 */
@Service
public class AuditTrail {

    private static final String COLUMNS = """
            a.id, a.at, a.actor, a.action, a.dossier_id, a.evidence_id,
            coalesce(a.indicator_code, e.indicator_code), a.sha256, a.before_state, a.after_state, a.detail""";
    private static final String FROM = " from audit_event a left join evidence e on e.id = a.evidence_id ";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the event's line in the publisher's transaction: no line without its action, no action without
     * its line. Heard before any other module's listener, so what they do in turn comes after it in the trail.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(Traced event) {
        TrailEntry e = event.trailEntry();
        if (e == null) {
            return;
        }
        jdbc.sql("""
                insert into audit_event (actor, action, dossier_id, evidence_id, indicator_code, sha256, before_state,
                                         after_state, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.actor(), e.action(), e.dossierId(), e.evidenceId(), e.indicatorCode(), e.sha256(), e.before(), e.after(),
                        e.detail()).update();
    }

    /** Events of a dossier (all dossiers when null), oldest first. */
    public List<AuditEvent> events(Long dossierId) {
        if (dossierId == null) {
            return jdbc.sql("select " + COLUMNS + FROM + "order by a.id").query(AuditTrail::row).list();
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where a.dossier_id = ? order by a.id").param(dossierId)
                .query(AuditTrail::row).list();
    }

    /** The history of one component: its review steps and what happened to its files. */
    public List<AuditEvent> history(long dossierId, String indicatorCode) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + "where a.dossier_id = ? and coalesce(a.indicator_code, e.indicator_code) = ? order by a.id")
                .params(dossierId, indicatorCode).query(AuditTrail::row).list();
    }

    /** RFC 4180 CSV with a header, UTF-8 (the caller adds a BOM for spreadsheet programs). */
    public static String csv(List<AuditEvent> events) {
        StringBuilder out = new StringBuilder("id,at,actor,action,dossier,evidence,indicator,sha256,before,after,detail\r\n");
        for (AuditEvent e : events) {
            out.append(e.id()).append(',').append(cell(e.at() == null ? null : e.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                    .append(',').append(cell(e.actor())).append(',').append(cell(e.action())).append(',')
                    .append(e.dossierId() == null ? "" : e.dossierId()).append(',')
                    .append(e.evidenceId() == null ? "" : e.evidenceId()).append(',').append(cell(e.indicatorCode()))
                    .append(',').append(cell(e.sha256())).append(',').append(cell(e.before())).append(',')
                    .append(cell(e.after())).append(',').append(cell(e.detail())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s.strip();
        // A cell starting with = + - @ would run as a formula in a spreadsheet.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static AuditEvent row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String sha = rs.getString(8);
        return new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7), sha == null ? null : sha.trim(),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
