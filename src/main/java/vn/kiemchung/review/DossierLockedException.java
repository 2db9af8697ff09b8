package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

/** The dossier was submitted to the ministry; its review can no longer change. */
class DossierLockedException extends ReviewRefusedException {
    public DossierLockedException(long dossierId) {
        super(Reason.CONFLICT, "refusal.review.locked", String.valueOf(dossierId));
    }
}
