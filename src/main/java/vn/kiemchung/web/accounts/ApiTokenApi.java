package vn.kiemchung.web.accounts;

import java.security.Principal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.accounts.ApiTokens;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.web.RequestRefusedException;

/** The signed-in account's own API tokens: create (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, Integer expiresInDays) {
    }

    /** A token cannot mint tokens: a leaked one must not be able to outlive its own revocation. */
    @PostMapping
    ResponseEntity<ApiTokens.IssuedToken> create(@RequestBody(required = false) NewToken body, Principal user) {
        if (user instanceof ApiTokenAuthentication) {
            throw RequestRefusedException.keyed(Reason.NOT_ALLOWED, "refusal.request.tokenNeedsSignIn");
        }
        ApiTokens.IssuedToken issued = tokens.create(user.getName(), body == null ? null : body.name(),
                body == null ? null : body.expiresInDays());
        return ResponseEntity.status(201).cacheControl(CacheControl.noStore()).body(issued);
    }

    @GetMapping
    List<ApiTokens.ApiToken> list(Principal user) {
        return tokens.of(user.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Principal user) {
        tokens.revoke(user.getName(), id);
        return ResponseEntity.noContent().build();
    }
}
