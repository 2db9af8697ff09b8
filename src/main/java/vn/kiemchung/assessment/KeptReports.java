package vn.kiemchung.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of kept_report: each dossier's last report per set of waivers, with the key it was made under. */
@Repository
class KeptReports {

    /** A kept report as stored: its key, the waivers it applied and the report's JSON. */
    record Row(long dossierId, String key, Set<String> waived, String json) {
    }

    private final JdbcClient jdbc;

    KeptReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long dossierId, String waiversHash) {
        return jdbc.sql("select report_key, waivers, report from kept_report where dossier_id = ? and waivers_hash = ?")
                .params(dossierId, waiversHash)
                .query((rs, n) -> new Row(dossierId, rs.getString(1), waivers(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    /**
     * Keeps a dossier's report for one set of waivers. Another set's report goes, but the one without
     * waivers stays beside it: only the waivers the review applies now are asked for again.
     */
    void keep(long dossierId, String waiversHash, Set<String> waived, String key, String json) {
        jdbc.sql("""
                insert into kept_report (dossier_id, waivers_hash, waivers, report_key, report) values (?, ?, ?, ?, ?)
                on conflict (dossier_id, waivers_hash)
                do update set waivers = excluded.waivers, report_key = excluded.report_key, report = excluded.report,
                  computed_at = now()""")
                .params(dossierId, waiversHash, String.join("\n", waived.stream().sorted().toList()), key, json).update();
        jdbc.sql("delete from kept_report where dossier_id = ? and waivers_hash <> ? and waivers <> ''")
                .params(dossierId, waiversHash).update();
    }

    /** The waiver sets a dossier has reports kept for. */
    List<Set<String>> waiverSetsOf(long dossierId) {
        return jdbc.sql("select waivers from kept_report where dossier_id = ?").param(dossierId)
                .query((rs, n) -> waivers(rs.getString(1))).list();
    }

    /** The dossiers of a year that have a kept report. */
    List<Long> dossiersOfYear(int year) {
        return jdbc.sql("select distinct k.dossier_id from kept_report k join dossier d on d.id = k.dossier_id where d.year = ?")
                .param(year).query(Long.class).list();
    }

    private static Set<String> waivers(String lines) {
        return lines == null || lines.isEmpty() ? Set.of()
                : Arrays.stream(lines.split("\n")).collect(Collectors.toUnmodifiableSet());
    }
}
