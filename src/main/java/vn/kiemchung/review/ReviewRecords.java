package vn.kiemchung.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of department, component_assignment, review_item, waiver and the dossier lock. */
@Repository
class ReviewRecords {

    private static final String ITEM_COLUMNS = """
            dossier_id, indicator_code, status, submitted_by, submitted_at, deadline, comment, decided_by, decided_at,
            reopened_at, reopened_by, reopened_from""";

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> departments() {
        return jdbc.sql("select code, name from department order by code")
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2))).list();
    }

    Optional<Department> department(String code) {
        return jdbc.sql("select code, name from department where code = ?").param(code)
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2))).optional();
    }

    void insertDepartment(String code, String name) {
        jdbc.sql("insert into department (code, name) values (?, ?)").params(code, name).update();
    }

    void assign(int year, String indicatorCode, String department) {
        jdbc.sql("""
                insert into component_assignment (year, indicator_code, department) values (?, ?, ?)
                on conflict (year, indicator_code) do update set department = excluded.department""")
                .params(year, indicatorCode, department).update();
    }

    List<Assignment> assignments(int year) {
        return jdbc.sql("select year, indicator_code, department from component_assignment where year = ? order by indicator_code")
                .param(year).query((rs, n) -> new Assignment(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<String> supplier(int year, String indicatorCode) {
        return jdbc.sql("select department from component_assignment where year = ? and indicator_code = ?")
                .params(year, indicatorCode).query(String.class).optional();
    }

    Optional<ReviewItem> item(long dossierId, String indicatorCode) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from review_item where dossier_id = ? and indicator_code = ?")
                .params(dossierId, indicatorCode).query(ReviewRecords::itemRow).optional();
    }

    /** The row, locked for the transition, created as DRAFT when the component has none yet. */
    ReviewItem itemForUpdate(long dossierId, String indicatorCode) {
        jdbc.sql("insert into review_item (dossier_id, indicator_code) values (?, ?) on conflict do nothing")
                .params(dossierId, indicatorCode).update();
        return jdbc.sql("select " + ITEM_COLUMNS + " from review_item where dossier_id = ? and indicator_code = ? for update")
                .params(dossierId, indicatorCode).query(ReviewRecords::itemRow).single();
    }

    List<ReviewItem> items(long dossierId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from review_item where dossier_id = ? order by indicator_code")
                .param(dossierId).query(ReviewRecords::itemRow).list();
    }

    void submitted(long dossierId, String indicatorCode, String actor) {
        jdbc.sql("""
                update review_item set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(),
                  decided_by = null, decided_at = null where dossier_id = ? and indicator_code = ?""")
                .params(actor, dossierId, indicatorCode).update();
    }

    /** Back to DRAFT after an upload, remembering from where and by whom, for the queue's mark. */
    void reopened(long dossierId, String indicatorCode, ReviewStatus from, String actor) {
        jdbc.sql("""
                update review_item set status = 'DRAFT', reopened_at = now(), reopened_by = ?, reopened_from = ?
                where dossier_id = ? and indicator_code = ?""").params(actor, from.name(), dossierId, indicatorCode).update();
    }

    /** Items of every dossier in one state, for the work lists and the deadline reminders. */
    List<ReviewItem> itemsIn(ReviewStatus... statuses) {
        List<String> names = java.util.Arrays.stream(statuses).map(Enum::name).toList();
        return jdbc.sql("select " + ITEM_COLUMNS + " from review_item where status in (:s) order by dossier_id, indicator_code")
                .param("s", names).query(ReviewRecords::itemRow).list();
    }

    void status(long dossierId, String indicatorCode, ReviewStatus status) {
        jdbc.sql("update review_item set status = ? where dossier_id = ? and indicator_code = ?")
                .params(status.name(), dossierId, indicatorCode).update();
    }

    void decided(long dossierId, String indicatorCode, ReviewStatus status, String actor, String comment, LocalDate deadline) {
        jdbc.sql("""
                update review_item set status = ?, decided_by = ?, decided_at = now(), comment = ?, deadline = ?,
                  reopened_at = null, reopened_by = null, reopened_from = null
                where dossier_id = ? and indicator_code = ?""")
                .params(status.name(), actor, comment, deadline == null ? null : Date.valueOf(deadline), dossierId, indicatorCode)
                .update();
    }

    long insertWaiver(long dossierId, String indicatorCode, String findingCode, String document, String justification,
                      String actor) {
        return jdbc.sql("""
                insert into waiver (dossier_id, indicator_code, finding_code, document, justification, waived_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(dossierId, indicatorCode, findingCode, document, justification, actor).query(Long.class).single();
    }

    List<Waiver> waivers(long dossierId) {
        return jdbc.sql("""
                select id, dossier_id, indicator_code, finding_code, document, justification, waived_by, waived_at
                from waiver where dossier_id = ? order by id""").param(dossierId)
                .query((rs, n) -> new Waiver(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    boolean locked(long dossierId) {
        return jdbc.sql("select locked from dossier where id = ?").param(dossierId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** True when this call locked it (false when it was locked already). */
    boolean lock(long dossierId, String actor) {
        return jdbc.sql("""
                update dossier set locked = true, status = 'SUBMITTED', submitted_at = now(), submitted_by = ?
                where id = ? and not locked""").params(actor, dossierId).update() == 1;
    }

    private static ReviewItem itemRow(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate(6);
        return new ReviewItem(rs.getLong(1), rs.getString(2), ReviewStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), deadline == null ? null : deadline.toLocalDate(), rs.getString(7),
                rs.getString(8), rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getString(12));
    }

    void renameDepartment(String code, String name) {
        jdbc.sql("update department set name = ? where code = ?").params(name, code).update();
    }

    void deleteDepartment(String code) {
        jdbc.sql("delete from department where code = ?").param(code).update();
    }

    /** "2023: 1.1, 1.4" — what a department still supplies, year by year. */
    List<String> assignmentsOf(String department) {
        return jdbc.sql("""
                select year || ': ' || string_agg(indicator_code, ', ' order by indicator_code) from component_assignment
                where department = ? group by year order by year""").param(department).query(String.class).list();
    }

    /** Files in the checks of the year's dossiers under one component. */
    int filesUnder(int year, String indicatorCode) {
        return jdbc.sql("""
                select count(*) from evidence e join dossier d on d.id = e.dossier_id
                where d.year = ? and e.indicator_code = ? and e.withdrawn_at is null""")
                .params(year, indicatorCode).query(Integer.class).single();
    }

    int unassign(int year, String indicatorCode) {
        return jdbc.sql("delete from component_assignment where year = ? and indicator_code = ?")
                .params(year, indicatorCode).update();
    }
}
