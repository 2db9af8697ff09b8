package vn.kiemchung.web.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.trail.AuditEvent;
import vn.kiemchung.trail.AuditTrail;

/** The audit trail as JSON or CSV, for coordinators, leaders and admins. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<AuditEvent> events(@RequestParam(required = false) Long dossier) {
        return trail.events(dossier);
    }

    @GetMapping(params = "format=csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long dossier) {
        return csvResponse(trail.events(dossier), dossier);
    }

    static ResponseEntity<byte[]> csvResponse(List<AuditEvent> events, Long dossier) {
        byte[] body = ("\uFEFF" + AuditTrail.csv(events)).getBytes(StandardCharsets.UTF_8);
        String name = "nhat-ky-" + (dossier == null ? "tat-ca" : "ho-so-" + dossier) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
