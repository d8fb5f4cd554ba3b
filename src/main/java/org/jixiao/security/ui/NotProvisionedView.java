package org.jixiao.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jixiao.security.lockout.LockoutConfig;

/**
 * 尚未开通: the directory (LDAP or the provincial IdP) knows the person, but no Jixiao account of that username
 * exists yet. Roles and org placement are ours, so an admin has to create the account; the page says so.
 */
@Route(value = LockoutConfig.NOT_PROVISIONED_ROUTE, autoLayout = false)
@AnonymousAllowed
class NotProvisionedView extends VerticalLayout implements HasDynamicTitle {

    public NotProvisionedView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("not-provisioned");
        H2 title = new H2(getTranslation("sso.notProvisioned.title"));
        title.setId("not-provisioned-title");
        Paragraph text = new Paragraph(getTranslation("sso.notProvisioned.text"));
        text.getStyle().set("max-width", "36em").set("text-align", "center");
        add(new H1(getTranslation("app.name")), title, text, new Anchor("login", getTranslation("sso.notProvisioned.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.notProvisioned.title") + " · " + getTranslation("app.name");
    }
}
