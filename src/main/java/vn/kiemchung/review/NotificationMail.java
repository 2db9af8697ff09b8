package vn.kiemchung.review;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.kiemchung.accounts.Accounts;

/**
 * The e-mail copy of a notification, in Vietnamese, to an account that has an address, when an SMTP
 * server is configured ({@code spring.mail.host}); without one nothing is sent and nothing fails. It
 * leaves after the transaction commits, off the request's thread: a slow or failing mail server
 * costs the person a log line, never the decision they just took.
 */
@Component
class NotificationMail {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMail.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final Accounts accounts;
    private final MessageSource messages;
    private final ObjectProvider<Notifications> notifications;
    private final String from;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-mail");
        t.setDaemon(true);
        return t;
    });

    NotificationMail(ObjectProvider<JavaMailSender> sender, Accounts accounts, MessageSource messages,
                     ObjectProvider<Notifications> notifications,
                     @Value("${kiemchung.notifications.from:kiemchung@localhost}") String from) {
        this.sender = sender;
        this.accounts = accounts;
        this.messages = messages;
        this.notifications = notifications;
        this.from = from;
    }

    void send(Notification n) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        String to = accounts.mailAddress(n.recipient()).orElse(null);
        if (to == null || to.isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("notification.mail.subject",
                new Object[] {n.indicatorCode(), n.province(), String.valueOf(n.year())}, VI));
        message.setText(notifications.getObject().text(n, VI) + "\n\n"
                + messages.getMessage("notification.mail.footer", null, VI));
        Runnable deliver = () -> outbox.execute(() -> {
            try {
                smtp.send(message);
            } catch (RuntimeException e) {
                LOG.warn("Notification e-mail to {} not sent: {}", n.recipient(), e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }
}
