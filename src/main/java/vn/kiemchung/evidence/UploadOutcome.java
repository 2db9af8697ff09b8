package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal;

/**
 * What became of one file of an upload: stored as evidence, or refused with the reason in
 * Vietnamese and English. For an entry of a ZIP the name reads "archive.zip › folder/file.pdf".
 *
 * @param refusal null when stored, else why the file was refused (the web layer turns it into a status)
 */
public record UploadOutcome(String name, Evidence evidence, Refusal.Reason refusal, String reasonVi, String reasonEn) {

    public boolean stored() {
        return evidence != null;
    }

    public static UploadOutcome stored(String name, Evidence evidence) {
        return new UploadOutcome(name, evidence, null, null, null);
    }

    public static UploadOutcome refused(String name, Refusal reason) {
        return new UploadOutcome(name, null, reason.reason(), reason.text().vi(), reason.text().en());
    }
}
