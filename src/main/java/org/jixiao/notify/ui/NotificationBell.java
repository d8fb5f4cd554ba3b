package org.jixiao.notify.ui;

import com.vaadin.flow.component.Component;
import org.jixiao.notify.Notifications;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.NavbarWidget;

/** Puts the notification bell into the shell's header (issue 13 §4). */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarWidget {
    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create(CurrentUser user) {
        return new BellButton(notifications, user);
    }
}
