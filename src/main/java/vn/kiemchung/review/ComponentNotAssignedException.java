package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

/** A department officer acted on a component their department does not supply. */
class ComponentNotAssignedException extends ReviewRefusedException {
    public ComponentNotAssignedException(String indicatorCode) {
        super(Reason.NOT_ALLOWED, "refusal.review.notAssigned", indicatorCode);
    }
}
