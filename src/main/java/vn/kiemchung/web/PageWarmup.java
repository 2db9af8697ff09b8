package vn.kiemchung.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, asks itself for the sign-in page over the loopback, in a background thread of low
 * priority: the page engine, the security filters, the messages and the layout every page shares are then
 * loaded and compiled before the first person's first page, which otherwise pays for them (BENCHMARKS §11).
 * Only the public sign-in page is asked for; nothing is signed in. {@code kiemchung.web.warmup=false} turns it off.
 *
 * <p>In the short run that makes the server's class-data archive ({@code kiemchung.class-sharing.training}, started
 * by the launcher in an empty folder of its own), the warm-up is the last thing it does: the application then
 * ends, and the JVM writes the classes it loaded, pages included, as it exits.
 */
@Component
class PageWarmup {

    private static final Logger log = LoggerFactory.getLogger(PageWarmup.class);

    private final boolean enabled;
    private final boolean training;
    private final ConfigurableApplicationContext context;
    private volatile int port;
    private final java.util.List<Integer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();

    PageWarmup(@Value("${kiemchung.web.warmup:true}") boolean enabled,
               @Value("${kiemchung.class-sharing.training:false}") boolean training, ConfigurableApplicationContext context) {
        this.enabled = enabled;
        this.training = training;
        this.context = context;
    }

    @EventListener
    void on(ServletWebServerInitializedEvent initialized) {
        port = initialized.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!enabled || port <= 0) {
            endTraining();
            return;
        }
        Thread thread = new Thread(() -> {
            askForTheSignInPage();
            endTraining();
        }, "page-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The statuses the sign-in page answered the warm-up with, in order (tests read them). */
    java.util.List<Integer> answers() {
        return java.util.List.copyOf(answers);
    }

    private void endTraining() {
        if (training) {
            log.info("Class-data training run: pages warm, stopping");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
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
