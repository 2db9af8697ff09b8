package vn.kiemchung.evidence;

import java.time.OffsetDateTime;

/** A province's dossier (hồ sơ kiểm chứng) for one assessment year. */
public record Dossier(long id, String province, int year, String status, String createdBy, OffsetDateTime createdAt) {
}
