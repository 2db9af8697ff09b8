package vn.kiemchung.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.kiemchung.trail.TrailEntry;

/**
 * People's sign-ins (the login form, or single sign-on) go into the audit trail. Scripts'
 * requests with HTTP Basic or a token are not sign-ins and are not recorded one by one. Every
 * failed sign-in, form or Basic, is recorded (who was tried, from where, how) and counted by the
 * {@link SignInThrottle}; the failure that locks an account or address is recorded as such.
 */
@Component
class SignInTrail {

    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;

    SignInTrail(ApplicationEventPublisher events, SignInThrottle throttle) {
        this.events = events;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String how = event.getAuthentication() instanceof OAuth2AuthenticationToken ? "sso" : "form";
        events.publishEvent(new TrailEntry(event.getAuthentication().getName(), "SIGNED_IN", null, null, null, null, null, null, how));
        // Only a person's sign-in clears the count: a script's Basic requests come all day and would
        // otherwise wipe a guessing run against the same account between its attempts.
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            return; // a disabled account or a database that is down is not a guess
        }
        String tried = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        if (address == null && request != null) {
            address = request.getRemoteAddr();
        }
        String how = request != null && request.getRequestURI().endsWith("/login") ? "form" : "basic";
        boolean locked = throttle.failed(tried, address);
        String actor = tried == null || tried.isBlank() ? "?" : tried.length() > 100 ? tried.substring(0, 100) : tried;
        events.publishEvent(new TrailEntry(actor, locked ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", null, null, null, null, null, null,
                how + " from " + address));
    }
}
