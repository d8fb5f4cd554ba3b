package org.jixiao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.security.tokens.PersonalToken;
import org.jixiao.security.tokens.PersonalTokenService;

/**
 * 个人访问令牌: every signed-in user makes and revokes the tokens their own scripts use (issue 11 §3). The token
 * is shown once, in a dialog, right after it is made; the list shows only its first characters.
 */
@Route("me/tokens")
@PermitAll
class TokensView extends VerticalLayout implements HasDynamicTitle {
    // The shell's UiFormats lives in org.jixiao.ui, which depends on this package; a cycle otherwise.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final PersonalTokenService tokens;
    private final CurrentUser user;
    private final TextField name = new TextField();
    private final IntegerField days = new IntegerField();
    private final Grid<PersonalToken> grid = new Grid<>();

    public TokensView(PersonalTokenService tokens, CurrentUserProvider currentUser) {
        this.tokens = tokens;
        this.user = currentUser.require();
        setMaxWidth("1000px");
        addClassName("tokens-view");

        name.setLabel(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(PersonalTokenService.NAME_LENGTH);
        name.setWidth("22em");
        days.setLabel(getTranslation("tokens.days"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(PersonalTokenService.MAX_DAYS);
        days.setValue(90);
        days.setStepButtonsVisible(true);
        Button create = new Button(getTranslation("tokens.create"), VaadinIcon.KEY.create(), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(PersonalToken::name).setHeader(getTranslation("tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.created")).setAutoWidth(true);
        grid.addColumn(t -> t.expired(Instant.now()) ? getTranslation("tokens.expired") : time(t.expiresAt()))
                .setHeader(getTranslation("tokens.expires")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : time(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("tokens.actions")).setAutoWidth(true);

        add(new Paragraph(getTranslation("tokens.intro")), form, grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        days.setInvalid(false);
        try {
            PersonalTokenService.Created created = tokens.create(user, name.getValue(), days.getValue());
            name.clear();
            refresh();
            showOnce(created.token());
        } catch (ValidationException e) {
            for (FieldViolation v : e.violations()) {
                if ("expiresInDays".equals(v.field())) {
                    days.setErrorMessage(v.message());
                    days.setInvalid(true);
                } else {
                    name.setErrorMessage(v.message());
                    name.setInvalid(true);
                }
            }
        }
    }

    private void showOnce(String token) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.createdTitle"));
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(token);
        secret.setReadOnly(true);
        secret.setWidth("36em");
        Paragraph warning = new Paragraph(getTranslation("tokens.createdWarning"));
        dialog.add(new VerticalLayout(warning, secret, new Paragraph(getTranslation("tokens.usage"))));
        Button close = new Button(getTranslation("tokens.close"), e -> dialog.close());
        close.setId("token-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Button revokeButton(PersonalToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("token-revoke");
        revoke.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("tokens.revokeTitle"),
                    getTranslation("tokens.revokeText", token.name()), getTranslation("tokens.revoke"), ok -> revoke(token));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("tokens.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return revoke;
    }

    private void revoke(PersonalToken token) {
        try {
            tokens.revoke(user, token.id());
            Notification.show(getTranslation("tokens.revoked", token.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException alreadyGone) {
            // revoked meanwhile in another tab or over the API: the refreshed list says so
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list(user));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
