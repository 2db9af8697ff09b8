package vn.kiemchung.web.accounts;

import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.accounts.Accounts;

/** Passwords over the REST API: one's own change (proving the current one), and the admin's reset. */
@RestController
class PasswordApi {

    private final Accounts accounts;

    PasswordApi(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Never printed with its passwords (Spring logs request bodies at DEBUG). */
    record Change(String current, String password) {
        @Override
        public String toString() {
            return "Change[passwords hidden]";
        }
    }

    record Reset(String password) {
        @Override
        public String toString() {
            return "Reset[password hidden]";
        }
    }

    @PostMapping("/api/v1/account/password")
    Map<String, Object> change(@RequestBody Change body, Principal user) {
        accounts.changePassword(user.getName(), body.current(), body.password());
        return Map.of("username", user.getName(), "changed", true);
    }

    /** The person must change this password at their next sign-in. */
    @PostMapping("/api/v1/admin/accounts/{username}/password")
    Map<String, Object> reset(@PathVariable String username, @RequestBody Reset body, Principal admin) {
        accounts.resetPassword(username, body.password(), admin.getName());
        return Map.of("username", username, "mustChangePassword", true);
    }
}
