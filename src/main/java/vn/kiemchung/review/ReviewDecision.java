package vn.kiemchung.review;

import java.time.LocalDate;

/** A coordinator's decision on a submitted component. */
public sealed interface ReviewDecision {

    /** The evidence is good enough to send to the ministry. */
    record Accept() implements ReviewDecision {
    }

    /** Back to the department for a supplement (bổ sung), with the reason and the date it is due. */
    record SendBack(String comment, LocalDate deadline) implements ReviewDecision {
    }
}
