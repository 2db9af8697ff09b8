package vn.kiemchung.assessment;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the server knows beside the audit and the reports show with it: each component's review
 * status, supplying department and deadline, and who waived a finding and why. The command line has
 * no review, so its reports are made with {@link #NONE} and read as before.
 *
 * @param components by component code
 * @param waivers    by {@link ReportFinding#waiverKey()}
 */
public record ReviewNotes(Map<String, Component> components, Map<String, WaiverNote> waivers) {

    /** Nothing known: the command line's reports. */
    public static final ReviewNotes NONE = new ReviewNotes(Map.of(), Map.of());

    /**
     * @param status     the review status's name (DRAFT, SUBMITTED, IN_REVIEW, NEEDS_SUPPLEMENT, ACCEPTED)
     * @param department the supplying department's name, null when none is assigned
     * @param deadline   the deadline of a send-back, null when there is none
     */
    public record Component(String status, String department, LocalDate deadline) {
    }

    public record WaiverNote(String reason, String author, LocalDate on) {
    }

    public ReviewNotes {
        components = Map.copyOf(components);
        waivers = Map.copyOf(waivers);
    }

    /** True for a server report: the reports then show the review columns. */
    public boolean present() {
        return this != NONE;
    }

    public Component of(String code) {
        return components.getOrDefault(code, new Component("DRAFT", null, null));
    }

    public WaiverNote waiver(ReportFinding f) {
        return waivers.get(f.waiverKey());
    }
}
