package org.jixiao.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.jixiao.notify.internal.NotificationMapper;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.jixiao.org.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's notices: the list with the unread count, marking read, and delivering new ones (in-app always, by mail
 * when mail is on and the recipient has an address and has not opted out). Everything here is the caller's own:
 * another user's notice is answered as not found.
 */
@Service
public class Notifications {
    /** The largest page a list request may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    private static final int CHUNK = 500;

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationMapper mapper;
    private final NotificationMail mail;
    private final TransactionTemplate separate;
    private final TransactionTemplate savepoint;

    Notifications(NotificationMapper mapper, NotificationMail mail, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.mail = mail;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs {@code work} inside the business transaction that is about to commit (a {@code BEFORE_COMMIT} listener), on
     * its connection, behind a savepoint: the notices commit or roll back with what they tell of, and a failure rolls
     * back to the savepoint only and is logged. Not in a transaction of its own after the commit: that needed a second
     * pooled connection while the request still held its first, and ten simultaneous submits (the pool's size)
     * deadlocked the pool (deadline-day benchmark, 2026-11-28). With no transaction, in one of its own.
     */
    void withTheDecision(Runnable work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            now(work);
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.warn("notifications could not be delivered: {}", e.toString(), e);
        }
    }

    /** Runs {@code work} in a transaction of its own, logging instead of throwing (the caller has committed). */
    void now(Runnable work) {
        try {
            separate.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.warn("notifications could not be delivered: {}", e.toString(), e);
        }
    }

    /**
     * {@link #deliver} in the current transaction, behind a savepoint ({@link #withTheDecision}); for features that
     * tell people of their own events. Not after the commit in a transaction of its own: that takes a second pooled
     * connection while the request holds its first (the pool deadlock the deadline-day benchmark found).
     */
    public void tell(Notification template, Collection<Long> recipients) {
        List<Long> users = List.copyOf(recipients);
        withTheDecision(() -> deliver(template, users));
    }

    /** A page of anything with its total. */
    public record PageOf<T>(List<T> items, long total) {
    }

    /** A page of notices with the totals the bell shows. */
    public record Page(List<Notification> items, long total, long unread) {
    }

    @Transactional(readOnly = true)
    public Page page(CurrentUser user, boolean unreadOnly, int page, int size) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<Notification> items = mapper.page(user.id(), unreadOnly, bounded, (long) Math.max(0, page) * bounded);
        return new Page(items, mapper.count(user.id(), unreadOnly), mapper.count(user.id(), true));
    }

    /** The user's mail choices; defaults (no address, mail wanted) until they save some. */
    @Transactional(readOnly = true)
    public NotificationSettings settings(CurrentUser user) {
        return mapper.settings(List.of(user.id())).stream().findFirst()
                .orElse(new NotificationSettings(user.id(), null, true));
    }

    /** Saves the user's own mail choices; an address that is not one is refused (422 on {@code email}). */
    @Transactional
    public NotificationSettings saveSettings(CurrentUser user, String email, boolean mailEnabled) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !EMAIL.matcher(address).matches())) {
            throw ValidationException.of("email", address.length() > 200 ? "邮箱地址不能超过 200 个字符"
                    : "邮箱地址格式不正确，例如 zhangsan@example.gov.cn");
        }
        NotificationSettings settings = new NotificationSettings(user.id(), address, mailEnabled);
        if (mapper.updateSettings(settings) == 0) {
            try {
                mapper.insertSettings(settings);
            } catch (DuplicateKeyException savedAtTheSameTime) {
                mapper.updateSettings(settings);
            }
        }
        return settings;
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return mapper.count(user.id(), true);
    }

    /** Marks the user's own notice read (idempotent: the first reading's time stays); someone else's → 404. */
    @Transactional
    public Notification markRead(CurrentUser user, Long id) {
        Notification own = id == null ? null : mapper.own(id, user.id());
        if (own == null) {
            throw new NotFoundException("通知 " + id + " 不存在");
        }
        mapper.markRead(id, user.id(), now());
        return mapper.own(id, user.id());
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return mapper.markAllRead(user.id(), now());
    }

    /**
     * Delivers one notice to each recipient, in the caller's transaction: callers run after their decision
     * committed or behind a savepoint ({@link #withTheDecision}), so nothing here can undo it. {@code template} carries everything but the recipient; duplicates are dropped.
     */
    @Transactional
    public void deliver(Notification template, Collection<Long> recipients) {
        List<Long> users = List.copyOf(new LinkedHashSet<>(recipients));
        if (users.isEmpty()) {
            return;
        }
        template.setCreatedAt(template.getCreatedAt() == null ? now() : template.getCreatedAt());
        Map<Long, NotificationSettings> settings = mail.enabled() ? settings(users) : Map.of();
        List<Notification> inApp = new ArrayList<>();
        List<Notification> mailed = new ArrayList<>();
        for (Long user : users) {
            NotificationSettings s = settings.get(user);
            if (s != null && s.mailEnabled() && s.email() != null && !s.email().isBlank()) {
                Notification row = template.to(user, NotificationMail.PENDING);
                mapper.insert(row);
                mailed.add(row);
            } else {
                inApp.add(template.to(user, null));
            }
        }
        for (int from = 0; from < inApp.size(); from += CHUNK) {
            mapper.insertAll(inApp.subList(from, Math.min(inApp.size(), from + CHUNK)));
        }
        mailed.forEach(row -> mail.sendAfterCommit(row, settings.get(row.getRecipientId()).email()));
    }

    private Map<Long, NotificationSettings> settings(List<Long> users) {
        return mapper.settings(users).stream().collect(Collectors.toMap(NotificationSettings::userId,
                Function.identity(), (a, b) -> a));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
