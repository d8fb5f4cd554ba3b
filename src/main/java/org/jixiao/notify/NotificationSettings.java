package org.jixiao.notify;

/** A user's own notification choices: where mail goes, and whether they want mail (opt-out); in-app always on. */
public record NotificationSettings(Long userId, String email, boolean mailEnabled) {
}
