package org.jixiao.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.annotation.PreDestroy;
import org.jixiao.notify.internal.NotificationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notices by mail (Spring Mail), off unless {@code jixiao.mail.enabled=true}. A mail leaves only after the notice's
 * transaction committed, on one background thread, so a slow or failing SMTP server never holds up or breaks a
 * decision. Each notice is mailed at most once: its row moves PENDING → SENT or FAILED by a conditional update;
 * a failed attempt is retried twice with a pause, then counted and logged.
 */
@Component
public class NotificationMail {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int ATTEMPTS = 3;

    private final JavaMailSender sender;
    private final NotificationMapper mapper;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;
    private final long retryPauseMillis;
    private volatile boolean enabled;
    private final AtomicLong failures = new AtomicLong();
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), r -> {
                Thread t = new Thread(r, "notification-mail");
                t.setDaemon(true);
                return t;
            });

    NotificationMail(JavaMailSender sender, NotificationMapper mapper, MessageSource messages,
                     @Value("${jixiao.mail.enabled:false}") boolean enabled,
                     @Value("${jixiao.mail.from:jixiao@localhost}") String from,
                     @Value("${jixiao.mail.base-url:http://localhost:8080}") String baseUrl,
                     @Value("${jixiao.mail.retry-pause-ms:2000}") long retryPauseMillis) {
        this.sender = sender;
        this.mapper = mapper;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.retryPauseMillis = retryPauseMillis;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Switched at run time only by the mail test, which points the sender at its own SMTP server. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Mails that could not be sent since start-up (after their retries). */
    public long failures() {
        return failures.get();
    }

    /** Queues the mail once the current transaction commits (at once when there is none). */
    void sendAfterCommit(Notification notice, String address) {
        Runnable queue = () -> {
            try {
                worker.execute(() -> send(notice, address));
            } catch (RejectedExecutionException full) {
                fail(notice, "mail queue full");
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue.run();
                }
            });
        } else {
            queue.run();
        }
    }

    private void send(Notification notice, String address) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                sender.send(message(notice, address));
                mapper.mailed(notice.getId(), SENT);
                return;
            } catch (MailException | MessagingException e) {
                if (attempt == ATTEMPTS) {
                    fail(notice, e.getMessage());
                    return;
                }
                pause((long) retryPauseMillis * attempt);
            } catch (RuntimeException unexpected) {
                fail(notice, unexpected.toString());
                return;
            }
        }
    }

    private void fail(Notification notice, String why) {
        failures.incrementAndGet();
        try {
            mapper.mailed(notice.getId(), FAILED);
        } catch (RuntimeException e) {
            log.warn("could not mark notification {} as failed: {}", notice.getId(), e.toString());
        }
        log.warn("notification {} could not be mailed ({} failures so far): {}", notice.getId(), failures.get(), why);
    }

    private MimeMessage message(Notification n, String address) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(address);
        helper.setSubject(text("notify.mail.subject", text("notify.kind." + n.getKind().name()),
                n.getSubjectName() == null ? "" : n.getSubjectName()));
        helper.setText(NotificationTexts.body(n, code -> text(code), baseUrl), false);
        return message;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, CHINESE);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
