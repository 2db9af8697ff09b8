package vn.kiemchung.web;

import vn.kiemchung.platform.Bilingual;

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
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST, Bilingual.of("web.fault.multipartPartHeaderToo", String.valueOf(why)));
        }
        String limit = UploadLimits.limitText(maxUploadBytes);
        ProblemDetail p = ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, Bilingual.of("web.fault.uploadExceedsLimitPer", String.valueOf(limit)));
        p.setProperty("limitBytes", maxUploadBytes);
        return p;
    }

    /** A body that is not valid multipart, or a file name the server refuses (Tomcat refuses NUL in names). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformed(MultipartException e) {
        String why = rootMessage(e);
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, Bilingual.of("web.fault.uploadNotValidMultipart", String.valueOf(why)));
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ProblemDetail databaseDown(RuntimeException e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, Bilingual.of("web.fault.databaseUnavailableRequestWas"));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
