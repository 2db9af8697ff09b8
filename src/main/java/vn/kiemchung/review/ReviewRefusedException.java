package vn.kiemchung.review;

/** A review action that the rules do not allow, with the reason in Vietnamese and English and the HTTP status. */
public class ReviewRefusedException extends RuntimeException {
    private final int status;
    private final String messageVi;

    public ReviewRefusedException(int status, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.messageVi = messageVi;
    }

    public int status() {
        return status;
    }

    public String messageVi() {
        return messageVi;
    }
}
