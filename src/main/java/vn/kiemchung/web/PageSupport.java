package vn.kiemchung.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.evidence.DossierNotFoundException;
import vn.kiemchung.evidence.EvidenceNotFoundException;

/**
 * What every page needs (the signed-in account, the language) and how pages show a refusal: a
 * form comes back to the page it was sent from with the reason; a missing thing is a 404 page.
 */
@ControllerAdvice(assignableTypes = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageSupport {

    private final Accounts accounts;
    private final vn.kiemchung.review.Notifications notifications;

    PageSupport(Accounts accounts, vn.kiemchung.review.Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @ModelAttribute
    void common(Model model, Principal principal, Locale locale, HttpServletRequest request) {
        if (principal != null) {
            model.addAttribute("me", accounts.actor(principal));
            model.addAttribute("unread", notifications.unread(principal.getName()));
        }
        model.addAttribute("en", "en".equals(locale.getLanguage()));
        model.addAttribute("path", request.getRequestURI());
    }

    @ExceptionHandler({DossierNotFoundException.class, EvidenceNotFoundException.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = errorPage(request, locale);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    /** Exception handlers start from an empty model: the page still needs the language and path. */
    private static ModelAndView errorPage(HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("not-found");
        page.addObject("en", "en".equals(locale.getLanguage()));
        page.addObject("path", request.getRequestURI());
        return page;
    }

    @ExceptionHandler(vn.kiemchung.platform.Refusal.class)
    Object refused(vn.kiemchung.platform.Refusal e, HttpServletRequest request, RedirectAttributes flash, Locale locale) {
        if (e.reason() == vn.kiemchung.platform.Refusal.Reason.NOT_FOUND) {
            return notFound(e, request, locale);
        }
        return back(request, flash, locale, "en".equals(locale.getLanguage()) ? e.text().en() : e.text().vi(),
                ProblemResponses.status(e.reason()).value());
    }

    private static Object back(HttpServletRequest request, RedirectAttributes flash, Locale locale, String message, int status) {
        if ("GET".equals(request.getMethod())) {
            ModelAndView page = errorPage(request, locale);
            page.addObject("error", message);
            page.setStatus(HttpStatus.valueOf(status));
            return page;
        }
        flash.addFlashAttribute("error", message);
        return "redirect:" + sameOriginPath(request.getHeader("Referer"), request);
    }

    /**
     * The path (and query) of the Referer when it is exactly this app's origin — scheme, host and
     * port — else "/". Only the path is used, so the redirect never leaves the app
     * ({@code http://127.0.0.1.evil.example/…} or {@code http://127.0.0.1@evil.example/} do not pass).
     */
    static String sameOriginPath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            boolean same = request.getScheme().equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
            String path = uri.getRawPath();
            if (!same || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }
}
