package org.jixiao.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jixiao.common.ValidationException;
import org.jixiao.notify.NotificationMail;
import org.jixiao.notify.NotificationSettings;
import org.jixiao.notify.Notifications;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/** 通知设置: the user's own mail address and whether notices also come by mail (opt-out); the bell stays on. */
@Route("me/notifications")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    public NotificationSettingsView(Notifications notifications, NotificationMail mail, CurrentUserProvider current) {
        CurrentUser user = current.require();
        NotificationSettings saved = notifications.settings(user);
        EmailField email = new EmailField(getTranslation("notify.settings.email"));
        email.setId("notification-email");
        email.setMaxLength(200);
        email.setWidth("360px");
        email.setValue(saved.email() == null ? "" : saved.email());
        Checkbox byMail = new Checkbox(getTranslation("notify.settings.mail"), saved.mailEnabled());
        byMail.setId("notification-mail");
        Paragraph state = new Paragraph(getTranslation(mail.enabled() ? "notify.settings.mailOn"
                : "notify.settings.mailOff"));
        state.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button save = new Button(getTranslation("notify.settings.save"), e -> {
            email.setInvalid(false);
            try {
                notifications.saveSettings(user, email.getValue(), byMail.getValue());
                Notices.success(getTranslation("notify.settings.saved"), "notification-settings-saved");
            } catch (ValidationException invalid) {
                FieldErrors.showOn(email, invalid);
            }
        });
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        add(state, email, byMail, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings.title");
    }
}
