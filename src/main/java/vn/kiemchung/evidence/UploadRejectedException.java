package vn.kiemchung.evidence;

/** An upload refused before anything was stored, with the reason in Vietnamese and English. */
public class UploadRejectedException extends RuntimeException {
    private final String messageVi;
    private final int status;

    public UploadRejectedException(int status, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }

    public int status() {
        return status;
    }
}
