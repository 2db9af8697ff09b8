package vn.kiemchung.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of dossier, stored_object and evidence (the trail is written by the trail module, from events). */
@Repository
class EvidenceRecords {

    private static final String EVIDENCE_COLUMNS = """
            e.id, e.dossier_id, e.indicator_code, e.file_name, e.sha256, e.size, o.media_type, o.storage_key,
            e.uploaded_by, e.uploaded_at""";

    private final JdbcClient jdbc;

    EvidenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDossier(String province, String provinceKey, int year, String actor) {
        return jdbc.sql("insert into dossier (province, province_key, year, created_by) values (?, ?, ?, ?) returning id")
                .params(province, provinceKey, year, actor).query(Long.class).single();
    }

    Optional<Dossier> dossierFor(String provinceKey, int year) {
        return jdbc.sql("select id, province, year, status, created_by, created_at from dossier where province_key = ? and year = ?")
                .params(provinceKey, year).query((rs, n) -> new Dossier(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class))).optional();
    }

    List<Dossier> dossiersWithoutKey() {
        return jdbc.sql("select id, province, year, status, created_by, created_at from dossier where province_key is null order by id")
                .query((rs, n) -> new Dossier(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    void setProvinceKey(long id, String key) {
        jdbc.sql("update dossier set province_key = ? where id = ?").params(key, id).update();
    }

    boolean locked(long id) {
        return jdbc.sql("select locked from dossier where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    /** Files ever filed in the dossier, withdrawn ones too. */
    int filesEver(long id) {
        return jdbc.sql("select count(*) from evidence where dossier_id = ?").param(id).query(Integer.class).single();
    }

    /** The dossier, its review rows and notifications (an empty dossier has no evidence, so no waivers of findings either). */
    void deleteDossier(long id) {
        jdbc.sql("delete from waiver where dossier_id = ?").param(id).update();
        jdbc.sql("delete from notification where dossier_id = ?").param(id).update();
        jdbc.sql("delete from review_item where dossier_id = ?").param(id).update();
        jdbc.sql("delete from dossier where id = ?").param(id).update();
    }

    Optional<Dossier> dossier(long id) {
        return jdbc.sql("select id, province, year, status, created_by, created_at from dossier where id = ?")
                .param(id).query((rs, n) -> new Dossier(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class))).optional();
    }

    List<Dossier> dossiers() {
        return jdbc.sql("select id, province, year, status, created_by, created_at from dossier order by id")
                .query((rs, n) -> new Dossier(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    boolean objectRecorded(String sha256) {
        return jdbc.sql("select count(*) from stored_object where sha256 = ?").param(sha256).query(Integer.class).single() > 0;
    }

    void insertObject(String sha256, long size, String mediaType, String key) {
        jdbc.sql("insert into stored_object (sha256, size, media_type, storage_key) values (?, ?, ?, ?) on conflict do nothing")
                .params(sha256, size, mediaType, key).update();
    }

    long insertEvidence(long dossierId, String indicatorCode, String fileName, String sha256, long size, String actor) {
        return jdbc.sql("""
                insert into evidence (dossier_id, indicator_code, file_name, sha256, size, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(dossierId, indicatorCode, fileName, sha256, size, actor).query(Long.class).single();
    }

    Optional<Evidence> evidence(long id) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS + " from evidence e join stored_object o on o.sha256 = e.sha256 where e.id = ?")
                .param(id).query(EvidenceRecords::evidenceRow).optional();
    }

    /** The files in the dossier's checks: those not withdrawn. */
    List<Evidence> evidenceOf(long dossierId) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS + " from evidence e join stored_object o on o.sha256 = e.sha256"
                        + " where e.dossier_id = ? and e.withdrawn_at is null order by e.id")
                .param(dossierId).query(EvidenceRecords::evidenceRow).list();
    }

    /** Marks a file withdrawn, once: false when it was withdrawn already. */
    boolean withdraw(long evidenceId, String actor, String reason, Long replacedBy) {
        return jdbc.sql("""
                update evidence set withdrawn_at = now(), withdrawn_by = ?, withdrawn_reason = ?, replaced_by = ?
                where id = ? and withdrawn_at is null""")
                .params(actor, reason, replacedBy, evidenceId).update() == 1;
    }

    Optional<WithdrawnEvidence> withdrawal(long evidenceId) {
        return jdbc.sql("select withdrawn_at, withdrawn_by, withdrawn_reason, replaced_by from evidence where id = ?"
                        + " and withdrawn_at is not null")
                .param(evidenceId)
                .query((rs, n) -> new WithdrawnEvidence(evidenceId, rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2), rs.getString(3), (Long) rs.getObject(4)))
                .optional();
    }

    /** The dossier's withdrawn files, newest first, with who withdrew them and why. */
    List<WithdrawnFile> withdrawnOf(long dossierId) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS + ", e.withdrawn_at, e.withdrawn_by, e.withdrawn_reason, e.replaced_by"
                        + " from evidence e join stored_object o on o.sha256 = e.sha256"
                        + " where e.dossier_id = ? and e.withdrawn_at is not null order by e.withdrawn_at desc, e.id desc")
                .param(dossierId)
                .query((rs, n) -> new WithdrawnFile(evidenceRow(rs, n), new WithdrawnEvidence(rs.getLong(1),
                        rs.getObject(11, OffsetDateTime.class), rs.getString(12), rs.getString(13), (Long) rs.getObject(14))))
                .list();
    }

    private static Evidence evidenceRow(ResultSet rs, int n) throws SQLException {
        return new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5).trim(),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class));
    }
}
