package org.jixiao.notify.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.common.ValidationException;
import org.jixiao.notify.Notification;
import org.jixiao.notify.NotificationSettings;
import org.jixiao.notify.Notifications;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notices and notification settings (issue 13 §4); nobody sees or marks another's. */
@RestController
@Tag(name = "通知", description = "My notifications: list with the unread count, mark read; my mail settings")
class NotificationController {
    private final Notifications notifications;
    private final CurrentUserProvider currentUser;

    NotificationController(Notifications notifications, CurrentUserProvider currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    record NotificationJson(Long id, String kind, String subjectType, Long subjectId, String subjectName, String step,
                            String actor, String opinion, String location, Instant created, Instant readAt,
                            boolean read) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.getId(), n.getKind().name(), n.getSubjectType(), n.getSubjectId(),
                    n.getSubjectName(), n.getStepName(), n.getActorName(), n.getOpinion(), n.getLocation(),
                    n.getCreatedAt(), n.getReadAt(), n.isRead());
        }
    }

    record NotificationPage(List<NotificationJson> items, long total, long unread) {
    }

    record Marked(int marked) {
    }

    record SettingsJson(String email, Boolean mail) {
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "My notifications, newest first, with the unread count; unread=true for unread only; "
            + "page from 0, size 1–100 (default 20)")
    NotificationPage list(@RequestParam(required = false) String unread, @RequestParam(required = false) String page,
                          @RequestParam(required = false) String size) {
        boolean unreadOnly = flag("unread", unread);
        Notifications.Page result = notifications.page(currentUser.require(), unreadOnly,
                number("page", page, 0, 100_000, 0), number("size", size, 1, Notifications.MAX_PAGE_SIZE, 20));
        return new NotificationPage(result.items().stream().map(NotificationJson::of).toList(), result.total(),
                result.unread());
    }

    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read (again is harmless); someone else's is 404")
    NotificationJson read(@PathVariable Long id) {
        return NotificationJson.of(notifications.markRead(currentUser.require(), id));
    }

    @PostMapping("/api/notifications/read-all")
    @Operation(summary = "Mark all my notifications read")
    Marked readAll() {
        return new Marked(notifications.markAllRead(currentUser.require()));
    }

    @GetMapping("/api/me/notification-settings")
    @Operation(summary = "My mail settings: the address and whether I want notices by mail")
    SettingsJson settings() {
        NotificationSettings s = notifications.settings(currentUser.require());
        return new SettingsJson(s.email(), s.mailEnabled());
    }

    @PutMapping("/api/me/notification-settings")
    @Operation(summary = "Save my mail settings {email, mail}; mail=false opts out of mail (the bell stays)")
    SettingsJson saveSettings(@RequestBody(required = false) SettingsJson body) {
        if (body == null || body.mail() == null) {
            throw ValidationException.of("mail", "请说明是否接收邮件通知（mail: true 或 false）");
        }
        NotificationSettings s = notifications.saveSettings(currentUser.require(), body.email(), body.mail());
        return new SettingsJson(s.email(), s.mailEnabled());
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(name, name + " 应为 true 或 false");
        };
    }

    static int number(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ValidationException.of(name, name + " 应为 " + min + "–" + max + " 之间的整数");
    }
}
