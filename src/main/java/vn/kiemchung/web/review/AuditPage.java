package vn.kiemchung.web.review;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.trail.AuditTrail;
import vn.kiemchung.web.Page;

/** The audit trail of a dossier, and its CSV export. */
@Controller
class AuditPage implements Page {

    private final AuditTrail trail;
    private final EvidenceIntake intake;

    AuditPage(AuditTrail trail, EvidenceIntake intake) {
        this.trail = trail;
        this.intake = intake;
    }

    @GetMapping("/dossiers/{id}/audit")
    String audit(@PathVariable long id, Model model) {
        model.addAttribute("dossier", intake.dossier(id));
        model.addAttribute("events", trail.events(id));
        return "audit";
    }

    @GetMapping("/dossiers/{id}/audit.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        intake.dossier(id);
        return AuditApi.csvResponse(trail.events(id), id);
    }
}
