package org.jixiao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.lockout.SignInGuard;
import org.jixiao.security.lockout.SignInLock;

/**
 * 登录锁定 (issue 11 §3): the accounts and client addresses locked after repeated failed sign-ins, and an early end
 * to a lock. The view's role check is the route's; {@link SignInGuard} checks ADMIN again for every read and clear,
 * so the screen cannot show or do more than {@code /api/admin/locks}. Like {@link TokensView} it builds its dialog
 * and notices itself: the security feature does not depend on the app shell ({@code org.jixiao.ui}).
 */
@Route("admin/locks")
@RolesAllowed("ADMIN")
class SignInLocksView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final SignInGuard guard;
    private final CurrentUser admin;
    private final Grid<SignInLock> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public SignInLocksView(SignInGuard guard, CurrentUserProvider currentUser) {
        this.guard = guard;
        this.admin = currentUser.require();
        setSizeFull();
        addClassName("sign-in-locks");
        Paragraph intro = new Paragraph(getTranslation("locks.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        empty.setId("locks-empty");
        empty.setText(getTranslation("locks.empty"));
        grid.setId("locks-grid");
        grid.addColumn(l -> getTranslation("locks.kind." + l.kind().name())).setHeader(getTranslation("locks.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInLock::subject).setHeader(getTranslation("locks.subject")).setFlexGrow(2)
                .setTooltipGenerator(SignInLock::subject);
        grid.addColumn(SignInLock::failures).setHeader(getTranslation("locks.failures")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> time(l.lockedAt())).setHeader(getTranslation("locks.lockedAt")).setAutoWidth(true);
        grid.addColumn(l -> time(l.lockedUntil())).setHeader(getTranslation("locks.lockedUntil")).setAutoWidth(true);
        grid.addComponentColumn(this::clearButton).setHeader(getTranslation("locks.actions")).setAutoWidth(true);
        grid.setSizeFull();
        Button refresh = new Button(getTranslation("locks.refresh"), VaadinIcon.REFRESH.create(), e -> reload());
        refresh.setId("locks-refresh");
        add(intro, refresh, empty, grid);
        reload();
    }

    private Button clearButton(SignInLock lock) {
        Button clear = new Button(getTranslation("locks.clear"), VaadinIcon.UNLOCK.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("lock-clear");
        clear.getElement().setAttribute("data-subject", lock.kind().name() + ":" + lock.subject());
        clear.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("locks.clearTitle"),
                    getTranslation("locks.clearText." + lock.kind().name(), lock.subject()), getTranslation("locks.clear"),
                    ok -> clear(lock));
            confirm.setId("confirm-action");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("confirm.cancel"));
            confirm.open();
        });
        return clear;
    }

    private void clear(SignInLock lock) {
        try {
            guard.clear(admin, lock.kind(), lock.subject());
            notify(getTranslation("locks.cleared", lock.subject()), NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException alreadyOver) {
            // it ran out, or another admin cleared it, between showing the row and the click
            notify(getTranslation("locks.gone", lock.subject()), NotificationVariant.LUMO_CONTRAST);
        }
        reload();
    }

    private void reload() {
        List<SignInLock> locks = guard.activeLocks(admin);
        grid.setItems(locks);
        grid.setVisible(!locks.isEmpty());
        empty.setVisible(locks.isEmpty());
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.locks");
    }
}
