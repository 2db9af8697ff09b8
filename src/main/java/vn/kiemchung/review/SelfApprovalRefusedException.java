package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

/** Someone tried to decide on, or waive a finding of, a component they submitted or a file they uploaded themselves. */
class SelfApprovalRefusedException extends ReviewRefusedException {
    public SelfApprovalRefusedException(String indicatorCode) {
        super(Reason.NOT_ALLOWED, "refusal.review.selfApproval", indicatorCode);
    }
}
