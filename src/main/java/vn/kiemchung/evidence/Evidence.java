package vn.kiemchung.evidence;

import java.time.OffsetDateTime;

/** One uploaded file (tài liệu kiểm chứng) filed under a component indicator of a dossier. */
public record Evidence(long id, long dossierId, String indicatorCode, String fileName, String sha256, long size,
                       String mediaType, String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {
}
