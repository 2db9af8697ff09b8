package vn.kiemchung.web.review;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.review.QueueFilter;
import vn.kiemchung.review.QueueItem;
import vn.kiemchung.review.ReviewDecision;
import vn.kiemchung.review.ReviewItem;
import vn.kiemchung.review.ReviewQueue;
import vn.kiemchung.review.Waiver;
import vn.kiemchung.web.RequestRefusedException;

/** The review workflow over REST: the queue, a department's submission, the coordinator's decisions and waivers. */
@RestController
@RequestMapping("/api/v1/review/dossiers/{id}")
class ReviewApi {

    private final ReviewQueue review;
    private final Accounts accounts;

    ReviewApi(ReviewQueue review, Accounts accounts) {
        this.review = review;
        this.accounts = accounts;
    }

    record SendBack(String comment, LocalDate deadline) {
    }

    record Codes(List<String> indicators, String reason) {
    }

    record NewWaiver(String indicator, String code, String document, String justification) {
    }

    @GetMapping("/queue")
    List<QueueItem> queue(@PathVariable long id, @RequestParam(required = false) String department,
                          @RequestParam(required = false) String main, @RequestParam(required = false) String status,
                          @RequestParam(required = false) String severity, @RequestParam(required = false) String sort,
                          @RequestParam(required = false) String reopened, Principal user) {
        return review.queue(accounts.actor(user), id, new QueueFilter(department, main, status, severity, sort, reopened));
    }

    @GetMapping("/items/{code}")
    QueueItem item(@PathVariable long id, @PathVariable String code, Principal user) {
        return review.queueItem(accounts.actor(user), id, code);
    }

    /** Why a decision is taken although ERRORs remain; as {@code ?reason=} or a JSON body. */
    record Reason(String reason) {
    }

    private static String reason(String param, Reason body) {
        return param != null ? param : body == null ? null : body.reason();
    }

    @PostMapping("/items/{code}/submit")
    ReviewItem submit(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
                      @RequestBody(required = false) Reason body, Principal user) {
        return review.submit(accounts.actor(user), id, code, reason(reason, body));
    }

    @PostMapping("/items/{code}/start")
    ReviewItem start(@PathVariable long id, @PathVariable String code, Principal user) {
        return review.startReview(accounts.actor(user), id, code);
    }

    @PostMapping("/items/{code}/accept")
    ReviewItem accept(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
                      @RequestBody(required = false) Reason body, Principal user) {
        return review.decide(accounts.actor(user), id, code, new ReviewDecision.Accept(reason(reason, body)));
    }

    @PostMapping("/items/{code}/send-back")
    ReviewItem sendBack(@PathVariable long id, @PathVariable String code, @RequestBody SendBack body, Principal user) {
        if (body == null) {
            throw RequestRefusedException.keyed(vn.kiemchung.platform.Refusal.Reason.INVALID, "refusal.request.sendBackFields");
        }
        return review.decide(accounts.actor(user), id, code, new ReviewDecision.SendBack(body.comment(), body.deadline()));
    }

    @PostMapping("/accept")
    List<ReviewItem> acceptAll(@PathVariable long id, @RequestBody Codes body, Principal user) {
        if (body == null || body.indicators() == null || body.indicators().isEmpty()) {
            throw RequestRefusedException.keyed(vn.kiemchung.platform.Refusal.Reason.INVALID, "refusal.request.indicatorsList");
        }
        return review.acceptAll(accounts.actor(user), id, body.indicators(), body.reason());
    }

    @GetMapping("/waivers")
    List<Waiver> waivers(@PathVariable long id, Principal user) {
        return review.waivers(accounts.actor(user), id);
    }

    @PostMapping("/waivers")
    ResponseEntity<Waiver> waive(@PathVariable long id, @RequestBody NewWaiver body, Principal user) {
        if (body == null) {
            throw RequestRefusedException.keyed(vn.kiemchung.platform.Refusal.Reason.INVALID, "refusal.request.waiverFields");
        }
        return ResponseEntity.status(201).body(review.waive(accounts.actor(user), id, body.indicator(), body.code(),
                body.document(), body.justification()));
    }
}
