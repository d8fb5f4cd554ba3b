package org.jixiao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jixiao.security.sso.OidcSignIn;
import org.springframework.beans.factory.ObjectProvider;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter LOCK_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final LoginForm form = new LoginForm();
    private final LoginI18n.Form texts;

    public LoginView(ObjectProvider<OidcSignIn> oidc) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form);
        if (oidc.getIfAvailable() != null) {
            Span or = new Span(getTranslation("login.sso.or"));
            or.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(or, singleSignOn());
        }
    }

    /** sso (issue 11 §3): a full-page link (not a Vaadin route) to the IdP's sign-in, shown only when OIDC is on. */
    private Anchor singleSignOn() {
        Button button = new Button(getTranslation("login.sso.oidc"));
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.setWidth("20em");
        Anchor link = new Anchor(OidcSignIn.AUTHORIZATION_PATH.substring(1), button);
        link.setRouterIgnore(true);
        link.setId("sso-oidc");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Instant lockedUntil = lockedUntil(parameters.get("locked"));
        if (lockedUntil != null) {
            // A lock refuses even the right password, so the page says so instead of "wrong password" (issue 11 §3).
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.setForm(texts);
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", LOCK_END.format(lockedUntil)));
            form.setI18n(i18n);
        }
        boolean ssoFailed = parameters.containsKey(OidcSignIn.SSO_ERROR);
        if (ssoFailed) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.setForm(texts);
            i18n.getErrorMessage().setTitle(getTranslation("login.sso.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.sso.error.message"));
            form.setI18n(i18n);
        }
        form.setError(lockedUntil != null || ssoFailed || parameters.containsKey("error"));
    }

    private static Instant lockedUntil(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(values.get(0)));
        } catch (RuntimeException notASecondCount) {
            return Instant.now();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
