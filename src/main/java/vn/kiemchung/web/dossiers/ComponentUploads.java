package vn.kiemchung.web.dossiers;

import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.accounts.Accounts;

/**
 * The component page's upload for its script (upload.js): the same address as the form, asked
 * for JSON, one file per request so that each has its own progress. Same session and CSRF token
 * as the page; refusals of access come back as problem details.
 */
@RestController
class ComponentUploads {

    private final EvidenceUploads uploads;
    private final Accounts accounts;

    ComponentUploads(EvidenceUploads uploads, Accounts accounts) {
        this.uploads = uploads;
        this.accounts = accounts;
    }

    @PostMapping(path = "/dossiers/{id}/components/{code}/files", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadReport> upload(@PathVariable long id, @PathVariable String code,
                                        @RequestParam("files") List<MultipartFile> files,
                                        @RequestParam(name = "reopen", defaultValue = "false") boolean reopen, Principal user) {
        UploadReport report = UploadReport.of(uploads.receiveEach(accounts.actor(user), id, code, files, reopen));
        return ResponseEntity.status(report.httpStatus()).body(report);
    }
}
