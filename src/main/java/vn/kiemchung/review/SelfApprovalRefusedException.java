package vn.kiemchung.review;

/** Someone tried to decide on a component they submitted themselves. */
public class SelfApprovalRefusedException extends ReviewRefusedException {
    public SelfApprovalRefusedException(String indicatorCode) {
        super(403, "Không được tự duyệt hồ sơ do chính mình nộp (chỉ số " + indicatorCode + ").",
                "No one may decide on their own submission (component " + indicatorCode + ").");
    }
}
