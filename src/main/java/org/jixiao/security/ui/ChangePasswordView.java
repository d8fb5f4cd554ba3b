package org.jixiao.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.PasswordChanges;
import org.jixiao.security.PasswordPolicy;

/**
 * 修改密码: anyone's own password; where an admin-issued password must be replaced first, every other screen sends
 * the user here ({@link PasswordChangeRedirect}).
 */
@Route("me/password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {
    private final PasswordField current = field("password.current", "password-current");
    private final PasswordField fresh = field("password.new", "password-new");
    private final PasswordField confirm = field("password.confirm", "password-confirm");

    public ChangePasswordView(PasswordChanges passwords, CurrentUserProvider currentUser) {
        CurrentUser user = currentUser.require();
        setMaxWidth("480px");
        addClassName("change-password");
        if (passwords.changeRequired(user.username())) {
            Paragraph required = new Paragraph(getTranslation("password.required"));
            required.setId("password-required");
            required.getStyle().set("color", "var(--lumo-error-text-color)");
            add(required);
        }
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        Button save = new Button(getTranslation("password.save"), e -> save(passwords, user));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, fresh, confirm, save);
    }

    private void save(PasswordChanges passwords, CurrentUser user) {
        for (PasswordField f : new PasswordField[] {current, fresh, confirm}) {
            f.setInvalid(false);
        }
        if (!fresh.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            passwords.change(user.username(), current.getValue(), fresh.getValue());
            Notification done = Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        } catch (ValidationException invalid) {
            // the shell's SettingsForms would make security depend on ui, which depends on security
            Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", fresh);
            invalid.violations().forEach(v -> {
                PasswordField f = fields.getOrDefault(v.field(), current);
                f.setErrorMessage(v.message());
                f.setInvalid(true);
            });
        }
    }

    private PasswordField field(String key, String id) {
        PasswordField f = new PasswordField(getTranslation(key));
        f.setId(id);
        f.setWidthFull();
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.password");
    }
}
