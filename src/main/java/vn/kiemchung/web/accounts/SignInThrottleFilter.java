package vn.kiemchung.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kiemchung.accounts.SignInThrottle;
import vn.kiemchung.web.ProblemResponses;

/**
 * Refuses a sign-in (the login form, or a request with HTTP Basic) while its account or its address
 * is locked by {@link SignInThrottle}, before the password is even checked: the form comes back to
 * the login page, which says for how long; a script gets 429 with Retry-After and a problem detail.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(path);
        String basic = basicUsername(request.getHeader("Authorization"));
        if (!form && basic == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> locked = throttle.locked(form ? request.getParameter("username") : basic, request.getRemoteAddr());
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, locked.get().toSeconds() + (locked.get().toMillisPart() > 0 ? 1 : 0));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
            return;
        }
        long minutes = (seconds + 59) / 60;
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemResponses.write(response, 429, "Too Many Requests",
                "Quá nhiều lần đăng nhập sai: tài khoản hoặc địa chỉ này tạm bị khóa, hãy thử lại sau " + minutes + " phút.",
                "Too many failed sign-ins: this account or address is locked for now; try again in " + minutes + " minute(s).",
                Map.of("instance", request.getRequestURI(), "retryAfterSeconds", seconds));
    }

    /** The username of an {@code Authorization: Basic} header, or null. */
    static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
