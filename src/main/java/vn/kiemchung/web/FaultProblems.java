package vn.kiemchung.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.kiemchung.evidence.StorageProperties;

/**
 * Problems for limits and faults, ahead of {@link ProblemResponses}: the size limit named in
 * both languages, and a database that cannot be reached as 503 rather than a bare 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FaultProblems {

    private final long maxUploadBytes;

    FaultProblems(StorageProperties storage) {
        this.maxUploadBytes = storage.maxUploadBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String why = rootMessage(e);
        if (why.contains("header")) {
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                    "Phần đầu multipart quá dài (tên tệp quá dài?): " + why + ". Chưa có gì được lưu.",
                    "A multipart part header is too long (file name too long?): " + why + ". Nothing was stored.");
        }
        String limit = UploadLimits.limitText(maxUploadBytes);
        ProblemDetail p = ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp tải lên vượt quá giới hạn " + limit + " mỗi tệp; chưa có gì được lưu.",
                "The upload exceeds the " + limit + " limit per file (kiemchung.storage.max-upload-bytes); nothing was stored.");
        p.setProperty("limitBytes", maxUploadBytes);
        return p;
    }

    /** A body that is not valid multipart, or a file name the server refuses (Tomcat refuses NUL in names). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformed(MultipartException e) {
        String why = rootMessage(e);
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                "Yêu cầu tải lên không đúng định dạng multipart hoặc tên tệp không hợp lệ: " + why + ". Chưa có gì được lưu.",
                "The upload is not valid multipart or its file name is refused: " + why + ". Nothing was stored.");
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ProblemDetail databaseDown(RuntimeException e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Cơ sở dữ liệu đang không truy cập được; yêu cầu chưa được thực hiện, vui lòng thử lại sau.",
                "The database is unavailable; the request was not carried out, please try again later.");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
