package vn.kiemchung.extraction;

/** Published when the bytes of an uploaded file have been read (successfully or not). */
public record DocumentExtracted(long evidenceId, long dossierId, String sha256, RawText.Outcome outcome) {
}
