package vn.kiemchung.evidence;

/**
 * What became of one file of an upload: stored as evidence, or refused with the reason in
 * Vietnamese and English. For an entry of a ZIP the name reads "archive.zip › folder/file.pdf".
 *
 * @param status 201 when stored, else the HTTP status the refusal would have on its own (415, 422…)
 */
public record UploadOutcome(String name, Evidence evidence, int status, String reasonVi, String reasonEn) {

    public boolean stored() {
        return evidence != null;
    }

    public static UploadOutcome stored(String name, Evidence evidence) {
        return new UploadOutcome(name, evidence, 201, null, null);
    }

    public static UploadOutcome refused(String name, UploadRejectedException reason) {
        return new UploadOutcome(name, null, reason.status(), reason.messageVi(), reason.getMessage());
    }
}
