package vn.kiemchung.web.accounts;

import vn.kiemchung.platform.Bilingual;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.web.ProblemResponses;

/**
 * Every authenticated request — a session from the form or single sign-on, HTTP Basic, or a token —
 * sees the account as it is now, whatever path it asks for: a disabled or deleted account ends the
 * session there and then; a changed role counts from the next request; an account that must change
 * its password reaches only the password change (and sign-out) until it has.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

    /** What an account that must change its password may still reach. */
    private static final Set<String> WHILE_CHANGING = Set.of("/account/password", "/api/v1/account/password", "/logout",
            "/login", "/error");

    private final Accounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CurrentAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.State> state = accounts.state(authentication.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (state.isEmpty() || !state.get().enabled()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            if (api || !"GET".equals(request.getMethod())) {
                ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        Bilingual.of("web.account.disabled", authentication.getName()), Map.of("instance", request.getRequestURI()));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        Accounts.State account = state.get();
        String role = "ROLE_" + account.role();
        List<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (!held.equals(List.of(role))) {
            // The admin changed the role since sign-in: this request has the role the account has now.
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                    List.of(new SimpleGrantedAuthority(role))));
            contexts.setContext(context);
        }
        if (account.mustChangePassword() && !WHILE_CHANGING.contains(path) && !path.startsWith("/css/") && !path.startsWith("/js/")) {
            if (!api && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + "/account/password");
            } else {
                ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        Bilingual.of("web.account.changePasswordFirst"), Map.of("instance", request.getRequestURI(), "code", "password-change-required"));
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
