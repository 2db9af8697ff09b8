package vn.kiemchung.review;

/** Someone tried to decide on, or waive a finding of, a component they submitted or a file they uploaded themselves. */
class SelfApprovalRefusedException extends ReviewRefusedException {
    public SelfApprovalRefusedException(String indicatorCode) {
        super(403, "Không được tự duyệt hoặc miễn trừ hồ sơ do chính mình nộp hay tải lên (chỉ số " + indicatorCode + ").",
                "No one may decide on or waive what they submitted or uploaded themselves (component " + indicatorCode + ").");
    }
}
