package org.jixiao.notify.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import org.jixiao.notify.Notification;
import org.jixiao.notify.NotificationTexts;
import org.jixiao.notify.Notifications;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.UiFormats;

/**
 * The bell: the unread count on it (refreshed on every navigation), and on click the newest notices in a popover.
 * Clicking one marks it read and opens its subject; 全部已读 clears the count; 通知设置 opens the mail settings.
 */
class BellButton extends Div {
    private static final int SHOWN = 20;
    private final Notifications notifications;
    private final CurrentUser user;
    private final Span count = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private final Popover popover = new Popover();
    private Registration navigation;

    BellButton(Notifications notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notify.bell"));
        bell.setTooltipText(getTranslation("notify.bell"));
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
        getStyle().set("position", "relative");
        add(bell, count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("380px");
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
        popover.setId("notification-popover");
        Button readAll = new Button(getTranslation("notify.readAll"), e -> {
            notifications.markAllRead(user);
            refresh();
        });
        readAll.setId("notification-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button settings = new Button(getTranslation("notify.settings"), e -> {
            popover.close();
            UI.getCurrent().navigate("me/notifications");
        });
        settings.setId("notification-settings");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span title = new Span(getTranslation("notify.title"));
        title.getStyle().set("font-weight", "600");
        HorizontalLayout header = new HorizontalLayout(title, readAll, settings);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto");
        popover.add(header, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // the shell stays while views change; count what arrived since the last one
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
        }
        super.onDetach(event);
    }

    private void refresh() {
        Notifications.Page page = notifications.page(user, false, 0, SHOWN);
        count.setText(page.unread() > 99 ? "99+" : String.valueOf(page.unread()));
        count.setVisible(page.unread() > 0);
        list.removeAll();
        if (page.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notify.empty"));
            empty.setId("notification-empty");
            list.add(empty);
        }
        page.items().forEach(n -> list.add(row(n)));
    }

    private Div row(Notification n) {
        Div row = new Div();
        row.addClassName("notification-row");
        Span headline = new Span(getTranslation("notify.kind." + n.getKind().name()) + "："
                + (n.getSubjectName() == null ? "" : n.getSubjectName()));
        headline.getStyle().set("font-weight", n.isRead() ? "400" : "600");
        Div detail = new Div(new Span(NotificationTexts.detail(n, this::getTranslation)));
        Div when = new Div(new Span(UiFormats.time(n.getCreatedAt())));
        detail.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("overflow-wrap", "anywhere");
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-tertiary-text-color)");
        row.add(new Div(headline), detail, when);
        row.getStyle().set("padding", "var(--lumo-space-s)").set("cursor", "pointer").set("width", "100%")
                .set("box-sizing", "border-box").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (!n.isRead()) {
            row.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
        row.addClickListener(e -> {
            notifications.markRead(user, n.getId());
            popover.close();
            UI.getCurrent().navigate(n.getLocation() == null ? "" : n.getLocation());
        });
        return row;
    }
}
