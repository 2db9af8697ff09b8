package vn.kiemchung.web.accounts;

import vn.kiemchung.platform.Bilingual;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kiemchung.accounts.ApiTokens;
import vn.kiemchung.web.ProblemResponses;

/**
 * Authenticates {@code /api/**} requests that carry {@code Authorization: Bearer kc_…}, ahead of
 * HTTP Basic. The authentication lives for the request only: no session is made for a script.
 * A token that is unknown, expired or revoked, or whose account is disabled, is answered 401 with
 * a problem detail in English and Vietnamese, and the request goes no further.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
        ApiTokens.TokenOwner owner;
        try {
            owner = secret.startsWith(ApiTokens.SCHEME_PREFIX) ? tokens.owner(secret).orElse(null) : null;
            if (owner != null && owner.usable()) {
                tokens.used(owner);
            }
        } catch (DataAccessException e) {
            // The database, not the token, is at fault: the service-failure filter turns this 401 into a 503.
            request.setAttribute(ServiceFailureAuthentication.FAILED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (owner == null) {
            refuse(request, response, Bilingual.of("web.token.apiTokenNotValid"));
        } else if (owner.revoked()) {
            refuse(request, response, Bilingual.of("web.token.apiTokenHasBeen"));
        } else if (owner.expired()) {
            refuse(request, response, Bilingual.of("web.token.apiTokenHasExpired"));
        } else if (!owner.accountEnabled()) {
            refuse(request, response, Bilingual.of("web.token.accountThisApiToken"));
        } else {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(owner.username(), owner.role(), owner.tokenId()));
            contexts.setContext(context);
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Bilingual words) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", words,
                Map.of("instance", request.getRequestURI()));
    }
}
