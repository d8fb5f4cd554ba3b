package org.jixiao.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The short notices at the top of a screen after an action. Success and error stay equally long, so a newer notice
 * never closes before an older one still on the screen (after a failed submit and a quick retry, the newest notice
 * is the one that counts). Each has an id so browser tests can find it.
 */
public final class Notices {
    private static final int MILLIS = 6000;

    private Notices() {
    }

    public static Notification success(String message, String id) {
        return show(message, NotificationVariant.LUMO_SUCCESS, MILLIS, id);
    }

    public static Notification error(String message, String id) {
        return show(message, NotificationVariant.LUMO_ERROR, MILLIS, id);
    }

    public static Notification show(String message, NotificationVariant variant, int millis, String id) {
        Notification n = Notification.show(message, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId(id);
        return n;
    }
}
