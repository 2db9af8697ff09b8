package vn.kiemchung.review;

import java.time.LocalDate;

/** A coordinator's decision on a submitted component. */
public sealed interface ReviewDecision {

    /**
     * The evidence is good enough to send to the ministry.
     *
     * @param reason why it is accepted although ERRORs remain (required then, kept in the trail); null otherwise
     */
    record Accept(String reason) implements ReviewDecision {
        public Accept() {
            this(null);
        }
    }

    /** Back to the department for a supplement (bổ sung), with the reason and the date it is due. */
    record SendBack(String comment, LocalDate deadline) implements ReviewDecision {
    }
}
