package vn.kiemchung.evidence;

/** Published once the bytes of an upload are safely stored and recorded, before anyone parses them. */
public record EvidenceStored(long evidenceId, long dossierId, String indicatorCode, String fileName, String sha256) {
}
