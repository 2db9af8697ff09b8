package vn.kiemchung.web.dossiers;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceNotFoundException;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.review.EvidenceAccess;
import vn.kiemchung.web.Page;

/**
 * A look at one evidence file beside what was read from it. PDFs and images are shown by the
 * browser from bytes served inline but sandboxed (no script, no same origin, no type sniffing);
 * every other type, HTML above all, only downloads, and its extracted text is shown instead.
 * Scoped like the download: another department's file answers 404.
 */
@Controller
class EvidencePreview implements Page {

    /** Characters of extracted text shown for files the browser does not show itself. */
    static final int EXCERPT = 3000;

    static final String CONTENT_POLICY = "sandbox; frame-ancestors 'self'";

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final DocumentReader reader;
    private final Accounts accounts;

    EvidencePreview(EvidenceIntake intake, EvidenceAccess access, DocumentReader reader, Accounts accounts) {
        this.intake = intake;
        this.access = access;
        this.reader = reader;
        this.accounts = accounts;
    }

    @GetMapping("/dossiers/{id}/components/{code}/evidence/{evidenceId}")
    String page(@PathVariable long id, @PathVariable String code, @PathVariable long evidenceId, Model model, Principal user) {
        Actor actor = accounts.actor(user);
        Evidence e = access.evidence(actor, evidenceId);
        if (e.dossierId() != id || !e.indicatorCode().equals(code)) {
            throw new EvidenceNotFoundException(evidenceId);
        }
        // Only what was read already: a preview never starts a parse in the web process.
        Optional<ExtractedDocument> read = reader.cached(e.sha256());
        model.addAttribute("dossier", access.dossier(actor, id));
        model.addAttribute("code", code);
        model.addAttribute("evidence", e);
        model.addAttribute("shown", Shown.of(e.mediaType()).name());
        model.addAttribute("fields", read.map(ReadFields::of).orElse(null));
        model.addAttribute("excerpt", read.filter(d -> Shown.of(e.mediaType()) == Shown.TEXT)
                .map(d -> excerpt(d.text())).filter(t -> !t.isBlank()).orElse(null));
        return "preview";
    }

    @GetMapping("/evidence/{evidenceId}/preview")
    ResponseEntity<InputStreamResource> content(@PathVariable long evidenceId, Principal user) {
        Evidence e = access.evidence(accounts.actor(user), evidenceId);
        Shown shown = Shown.of(e.mediaType());
        String name = e.fileName().substring(e.fileName().lastIndexOf('/') + 1);
        HttpHeaders headers = new HttpHeaders();
        ContentDisposition.Builder disposition = shown == Shown.TEXT ? ContentDisposition.attachment() : ContentDisposition.inline();
        headers.setContentDisposition(disposition.filename(name, StandardCharsets.UTF_8).build());
        headers.setContentLength(e.size());
        // A sandboxed document runs no script and has no origin: a hostile PDF cannot reach the session.
        // Only our preview page may frame it; browsers that know frame-ancestors let it override the
        // X-Frame-Options: DENY every response carries, older ones keep refusing to frame it.
        headers.set("Content-Security-Policy", CONTENT_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("private, no-store");
        MediaType type = shown == Shown.TEXT ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(e.mediaType());
        return ResponseEntity.ok().headers(headers).contentType(type).body(new InputStreamResource(intake.content(e)));
    }

    /** How the preview shows a file, by the type detected from its content at upload. */
    enum Shown {
        PDF, IMAGE, TEXT;

        static Shown of(String mediaType) {
            if ("application/pdf".equals(mediaType)) {
                return PDF;
            }
            // TIFF is accepted but most browsers cannot draw it: its OCR text is shown instead
            if ("image/png".equals(mediaType) || "image/jpeg".equals(mediaType)) {
                return IMAGE;
            }
            return TEXT;
        }
    }

    /** The first characters of the text, cut on a code point, page breaks as blank lines. */
    static String excerpt(String text) {
        String t = text == null ? "" : text.replace('\f', '\n').strip();
        if (t.codePointCount(0, t.length()) <= EXCERPT) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
