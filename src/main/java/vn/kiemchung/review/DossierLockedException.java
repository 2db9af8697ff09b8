package vn.kiemchung.review;

/** The dossier was submitted to the ministry; its review can no longer change. */
class DossierLockedException extends ReviewRefusedException {
    public DossierLockedException(long dossierId) {
        super(409, "Hồ sơ " + dossierId + " đã nộp lên Bộ và bị khóa; không thể thay đổi kết quả rà soát.",
                "Dossier " + dossierId + " was submitted to the ministry and is locked; its review cannot change.");
    }
}
