package vn.kiemchung.web.dossiers;

import vn.kiemchung.web.ProblemResponses;

import java.util.List;
import vn.kiemchung.evidence.UploadOutcome;

/** The answer to an upload that may hold several files (a ZIP's entries): what was stored, what was refused and why. */
record UploadReport(int stored, int refused, List<File> files) {

    /**
     * @param name     as the user knows it; "archive.zip › entry" for an entry of a ZIP
     * @param fileName the evidence's file name when stored ("archive.zip/entry")
     * @param status   201 stored, else the status of the refusal (400, 413, 415, 422)
     */
    record File(String name, boolean stored, Long id, String fileName, String sha256, int status, String reasonVi,
                String reasonEn) {
    }

    static UploadReport of(List<UploadOutcome> outcomes) {
        List<File> files = outcomes.stream().map(o -> o.stored()
                ? new File(o.name(), true, o.evidence().id(), o.evidence().fileName(), o.evidence().sha256(), 201, null, null)
                : new File(o.name(), false, null, null, null, ProblemResponses.status(o.refusal()).value(), o.reasonVi(), o.reasonEn())).toList();
        int stored = (int) files.stream().filter(File::stored).count();
        return new UploadReport(stored, files.size() - stored, files);
    }

    /** 201 when something was stored; else the refusal's own status for one file, 422 for several, 400 for none. */
    int httpStatus() {
        if (stored > 0) {
            return 201;
        }
        if (files.isEmpty()) {
            return 400;
        }
        return files.size() == 1 ? files.get(0).status() : 422;
    }
}
