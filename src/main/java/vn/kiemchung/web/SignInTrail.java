package vn.kiemchung.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import vn.kiemchung.review.AuditTrail;

/**
 * People's sign-ins (the login form, or single sign-on) go into the audit trail. Scripts'
 * requests with HTTP Basic or a token are not sign-ins and are not recorded one by one.
 */
@Component
class SignInTrail {

    private final AuditTrail trail;

    SignInTrail(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String how = event.getAuthentication() instanceof OAuth2AuthenticationToken ? "sso" : "form";
        trail.record(event.getAuthentication().getName(), "SIGNED_IN", null, null, null, null, null, null, how);
    }
}
