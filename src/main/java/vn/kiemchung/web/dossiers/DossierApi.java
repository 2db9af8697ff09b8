package vn.kiemchung.web.dossiers;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.web.RequestRefusedException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.ReportFormat;
import vn.kiemchung.assessment.ReportLanguage;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceNotFoundException;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.evidence.WithdrawnEvidence;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.review.ReviewQueue;
import vn.kiemchung.web.AssessmentYears;
import vn.kiemchung.web.ProblemResponses;

/** The REST API of the contract (§4): dossiers, evidence uploads and downloads, the report. */
@RestController
@RequestMapping("/api/v1")
class DossierApi {

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final ReviewQueue review;
    private final Accounts accounts;
    private final EvidenceUploads uploads;

    private final AssessmentYears years;
    private final Provinces provinces;
    private final vn.kiemchung.extraction.EvidenceExtraction extraction;

    DossierApi(EvidenceIntake intake, EvidenceAccess access, ReviewQueue review, Accounts accounts, EvidenceUploads uploads,
               AssessmentYears years, Provinces provinces, vn.kiemchung.extraction.EvidenceExtraction extraction) {
        this.extraction = extraction;
        this.years = years;
        this.provinces = provinces;
        this.intake = intake;
        this.access = access;
        this.review = review;
        this.accounts = accounts;
        this.uploads = uploads;
    }

    record NewDossier(String province, Integer year) {
    }

    @PostMapping("/dossiers")
    ResponseEntity<Dossier> createDossier(@RequestBody NewDossier request, Principal user) {
        if (request == null || request.year() == null) {
            throw RequestRefusedException.keyed(Reason.INVALID, "refusal.upload.provinceAndYear");
        }
        years.requireIndicatorSet(request.year());
        Provinces.Chosen province = provinces.resolve(request.year(), request.province());
        Dossier d = intake.createDossier(province.name(), province.key(), request.year(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + d.id())).body(d);
    }

    @GetMapping("/dossiers")
    List<Dossier> dossiers() {
        return intake.dossiers();
    }

    /** The provinces a dossier of {@code year} may be made for (the list in force on 31 December of that year). */
    @GetMapping("/provinces")
    List<String> provinces(@RequestParam int year) {
        years.requireIndicatorSet(year);
        return provinces.of(year);
    }

    @GetMapping("/dossiers/{id}")
    Dossier dossier(@PathVariable long id) {
        return intake.dossier(id);
    }

    /** A file as the API shows it: the evidence's fields and, from the extraction module, its reading status. */
    record EvidenceItem(@com.fasterxml.jackson.annotation.JsonUnwrapped Evidence evidence, String extractionStatus) {
    }

    @GetMapping("/dossiers/{id}/evidence")
    List<EvidenceItem> evidence(@PathVariable long id, Principal user) {
        List<Evidence> files = access.evidenceOf(accounts.actor(user), id);
        Map<Long, String> statuses = extraction.statuses(id);
        return files.stream().map(e -> new EvidenceItem(e, statuses.get(e.id()))).toList();
    }

    /**
     * Submits the dossier to the ministry and locks it (coordinator), only with {@code confirm=true}:
     * without it, 409 lists the components at zero and the points still at risk.
     */
    @PostMapping("/dossiers/{id}/submit")
    Map<String, Object> submit(@PathVariable long id, @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
                               Principal user) {
        review.submitToMinistry(accounts.actor(user), id, confirm);
        return Map.of("id", id, "locked", true);
    }

    /** What locking would freeze, to show before confirming: components at zero, points at risk. */
    @GetMapping("/dossiers/{id}/submit")
    vn.kiemchung.review.LockPreview lockPreview(@PathVariable long id, Principal user) {
        return review.lockPreview(accounts.actor(user), id);
    }

    /**
     * One file for a component. With {@code unpack=true} a ZIP is unpacked into one evidence file
     * per entry and the answer lists each file stored or refused (201 when one was stored).
     */
    @PostMapping(path = "/dossiers/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@PathVariable long id, @RequestParam("indicator") String indicator,
                             @RequestParam("file") MultipartFile file,
                             @RequestParam(name = "unpack", defaultValue = "false") boolean unpack,
                             @RequestParam(name = "reopen", defaultValue = "false") boolean reopen, Principal user) {
        Actor actor = accounts.actor(user);
        if (unpack) {
            UploadReport report = UploadReport.of(uploads.receive(actor, id, indicator, file, reopen));
            return ResponseEntity.status(report.httpStatus()).body(report);
        }
        Evidence e = uploads.receiveWhole(actor, id, indicator, file, reopen);
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + e.id()))
                .body(Map.of("id", e.id(), "sha256", e.sha256(), "fileName", e.fileName(), "indicator",
                        e.indicatorCode(), "size", e.size(), "mediaType", String.valueOf(e.mediaType())));
    }

    @GetMapping("/evidence/{id}")
    EvidenceItem evidenceItem(@PathVariable long id, Principal user) {
        Evidence e = access.evidence(accounts.actor(user), id);
        return new EvidenceItem(e, extraction.status(id).orElse(null));
    }

    record Withdrawal(String reason) {
    }

    /** Takes a file out of the dossier's checks with the reason; it stays stored, downloadable and in the trail. */
    @PostMapping("/evidence/{id}/withdraw")
    WithdrawnEvidence withdraw(@PathVariable long id, @RequestBody(required = false) Withdrawal body, Principal user) {
        return uploads.withdraw(accounts.actor(user), id, body == null ? null : body.reason());
    }

    /** A new file in place of an old one of the same component; the old one names its replacement. */
    @PostMapping(path = "/evidence/{id}/replace", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> replace(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                                @RequestParam(name = "reason", required = false) String reason,
                                                Principal user) {
        Evidence e = uploads.replace(accounts.actor(user), id, file, reason);
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + e.id()))
                .body(Map.of("id", e.id(), "replaces", id, "sha256", e.sha256(), "fileName", e.fileName(),
                        "indicator", e.indicatorCode()));
    }

    /** When, by whom and why a file was withdrawn (404 while it is in the checks). */
    @GetMapping("/evidence/{id}/withdrawal")
    WithdrawnEvidence withdrawal(@PathVariable long id, Principal user) {
        access.evidence(accounts.actor(user), id);
        return intake.withdrawal(id).orElseThrow(() -> new EvidenceNotFoundException(id));
    }

    @GetMapping("/evidence/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable long id, Principal user) {
        Evidence e = access.evidence(accounts.actor(user), id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(e.fileName(), StandardCharsets.UTF_8).build());
        headers.setContentLength(e.size());
        headers.set("X-Content-SHA256", e.sha256());
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(intake.content(e)));
    }

    @GetMapping("/dossiers/{id}/report")
    AuditReport report(@PathVariable long id, Principal user) {
        return access.report(accounts.actor(user), id);
    }

    /** The same report as a download: json, html, xlsx, pdf or text, in Vietnamese (default) or English. */
    @GetMapping(path = "/dossiers/{id}/report", params = "format")
    ResponseEntity<?> reportFile(@PathVariable long id, @RequestParam String format,
                                 @RequestParam(defaultValue = "vi") String lang, Principal user) {
        Optional<ReportFormat> chosen = ReportFormat.of(format);
        if (chosen.isEmpty()) {
            return ResponseEntity.badRequest().body(ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                    "Định dạng báo cáo không hỗ trợ: «" + format + "» (" + ReportFormat.names() + ")",
                    "Unsupported report format: '" + format + "' (" + ReportFormat.names() + ")"));
        }
        Actor actor = accounts.actor(user);
        AuditReport report = access.report(actor, id);
        ReportFormat f = chosen.get();
        // Downloaded from the server, a report also tells each component's review and every waiver.
        return file(f.render(report, ReportLanguage.of(lang), access.notes(actor, id)), MediaType.parseMediaType(f.mediaType()),
                "bao-cao-kiem-chung-" + report.year() + "-" + id + "." + f.extension());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
