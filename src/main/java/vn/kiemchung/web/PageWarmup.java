package vn.kiemchung.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, asks itself for the sign-in page over the loopback, in a background thread of low
 * priority: the page engine, the security filters, the messages and the layout every page shares are then
 * loaded and compiled before the first person's first page, which otherwise pays for them (BENCHMARKS §11).
 * Only the public sign-in page is asked for; nothing is signed in. {@code kiemchung.web.warmup=false} turns it off.
 */
@Component
class PageWarmup {

    private static final Logger log = LoggerFactory.getLogger(PageWarmup.class);

    private final boolean enabled;
    private volatile int port;
    private final java.util.List<Integer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();

    PageWarmup(@Value("${kiemchung.web.warmup:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void on(ServletWebServerInitializedEvent initialized) {
        port = initialized.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!enabled || port <= 0) {
            return;
        }
        Thread thread = new Thread(this::askForTheSignInPage, "page-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The statuses the sign-in page answered the warm-up with, in order (tests read them). */
    java.util.List<Integer> answers() {
        return java.util.List.copyOf(answers);
    }

    private void askForTheSignInPage() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String language : new String[] {"vi", "en"}) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login?lang=" + language))
                        .timeout(Duration.ofSeconds(30)).GET().build();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                answers.add(status);
                log.debug("Page warm-up: /login ({}) answered {}", language, status);
            } catch (java.io.IOException e) {
                // bound to another address, or already stopping: the first page pays, as before
                log.debug("Page warm-up skipped: {}", e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
