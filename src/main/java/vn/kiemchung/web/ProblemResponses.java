package vn.kiemchung.web;

import vn.kiemchung.platform.Bilingual;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.kiemchung.evidence.DossierNotFoundException;
import vn.kiemchung.evidence.EvidenceNotFoundException;
import vn.kiemchung.evidence.StorageUnavailableException;

/** Maps failures once to RFC 9457 problem details, with the reason in Vietnamese and English. */
@RestControllerAdvice
public class ProblemResponses {

    @ExceptionHandler({DossierNotFoundException.class, EvidenceNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, Bilingual.of("web.problem.notFound", String.valueOf(e.getMessage())));
    }

    /** A module's refusal: what happened in both languages; the status is the web layer's reading of its reason. */
    @ExceptionHandler(vn.kiemchung.platform.Refusal.class)
    ProblemDetail refused(vn.kiemchung.platform.Refusal e) {
        ProblemDetail p = problem(status(e.reason()), e.text().vi(), e.text().en());
        e.properties().forEach(p::setProperty);
        return p;
    }

    public static HttpStatus status(vn.kiemchung.platform.Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    public static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Bilingual.of("web.problem.uploadExceedsSizeLimit"));
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail storageDown(StorageUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, Bilingual.of("web.problem.fileStorageUnavailableFile"));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The same bilingual problem detail, written by a filter that answers before Spring MVC does;
     * {@code more} adds members after the common ones. The caller sets any header of its own.
     */
    public static void write(HttpServletResponse response, int status, String title, String vi, String en,
                      Map<String, Object> more) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", en);
        problem.put("detailVi", vi);
        problem.putAll(more);
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A problem detail worded by the message bundles: English as {@code detail}, Vietnamese as {@code detailVi}. */
    public static ProblemDetail problem(HttpStatus status, Bilingual words) {
        return problem(status, words.vi(), words.en());
    }

    /** As {@link #write(HttpServletResponse, int, String, String, String, Map)}, worded by the message bundles. */
    public static void write(HttpServletResponse response, int status, String title, Bilingual words,
                             Map<String, Object> more) throws IOException {
        write(response, status, title, words.vi(), words.en(), more);
    }

    public static ProblemDetail problem(HttpStatus status, String vi, String en) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, en);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailVi", vi);
        return p;
    }
}
