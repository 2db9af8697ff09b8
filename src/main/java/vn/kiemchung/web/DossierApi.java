package vn.kiemchung.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.DossierReports;
import vn.kiemchung.assessment.HtmlReport;
import vn.kiemchung.assessment.PdfReport;
import vn.kiemchung.assessment.ReportJson;
import vn.kiemchung.assessment.ReportLanguage;
import vn.kiemchung.assessment.XlsxReport;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.UploadRejectedException;

/** The REST API of the contract (§4): dossiers, evidence uploads and downloads, the report. */
@RestController
@RequestMapping("/api/v1")
class DossierApi {

    private final EvidenceIntake intake;
    private final DossierReports reports;

    DossierApi(EvidenceIntake intake, DossierReports reports) {
        this.intake = intake;
        this.reports = reports;
    }

    record NewDossier(String province, Integer year) {
    }

    @PostMapping("/dossiers")
    ResponseEntity<Dossier> createDossier(@RequestBody NewDossier request, Principal user) {
        if (request == null || request.year() == null) {
            throw new UploadRejectedException(400, "Cần province và year.", "province and year are required.");
        }
        Dossier d = intake.createDossier(request.province(), request.year(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + d.id())).body(d);
    }

    @GetMapping("/dossiers")
    List<Dossier> dossiers() {
        return intake.dossiers();
    }

    @GetMapping("/dossiers/{id}")
    Dossier dossier(@PathVariable long id) {
        return intake.dossier(id);
    }

    @GetMapping("/dossiers/{id}/evidence")
    List<Evidence> evidence(@PathVariable long id) {
        return intake.evidenceOf(id);
    }

    @PostMapping(path = "/dossiers/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestParam("indicator") String indicator,
                                               @RequestParam("file") MultipartFile file, Principal user) {
        String name = file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            Evidence e = intake.upload(id, indicator, name, in, user.getName());
            return ResponseEntity.created(URI.create("/api/v1/evidence/" + e.id()))
                    .body(Map.of("id", e.id(), "sha256", e.sha256(), "fileName", e.fileName(), "indicator",
                            e.indicatorCode(), "size", e.size(), "mediaType", String.valueOf(e.mediaType())));
        } catch (IOException ex) {
            throw new UploadRejectedException(400, "Không đọc được tệp tải lên '" + name + "'.",
                    "Could not read the uploaded file '" + name + "'.");
        }
    }

    @GetMapping("/evidence/{id}")
    Evidence evidenceItem(@PathVariable long id) {
        return intake.evidence(id);
    }

    @GetMapping("/evidence/{id}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable long id) {
        Evidence e = intake.evidence(id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(e.fileName(), StandardCharsets.UTF_8).build());
        headers.setContentLength(e.size());
        headers.set("X-Content-SHA256", e.sha256());
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(intake.content(e)));
    }

    @GetMapping("/dossiers/{id}/report")
    AuditReport report(@PathVariable long id) {
        return reports.report(id);
    }

    /** The same report as a download: html, xlsx or pdf, in Vietnamese (default) or English. */
    @GetMapping(path = "/dossiers/{id}/report", params = "format")
    ResponseEntity<byte[]> reportFile(@PathVariable long id, @RequestParam String format,
                                      @RequestParam(defaultValue = "vi") String lang) {
        AuditReport report = reports.report(id);
        ReportLanguage language = ReportLanguage.of(lang);
        String base = "bao-cao-kiem-chung-" + report.year() + "-" + id;
        return switch (format) {
            case "json" -> file(ReportJson.write(report).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, base + ".json");
            case "html" -> file(HtmlReport.render(report, language).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML, base + ".html");
            case "xlsx" -> file(XlsxReport.render(report, language),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), base + ".xlsx");
            case "pdf" -> file(PdfReport.render(report, language), MediaType.APPLICATION_PDF, base + ".pdf");
            default -> throw new UploadRejectedException(400, "Định dạng không hỗ trợ: " + format + " (json, html, xlsx, pdf)",
                    "Unsupported format: " + format + " (json, html, xlsx, pdf)");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
