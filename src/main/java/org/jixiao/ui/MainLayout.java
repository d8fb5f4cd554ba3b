package org.jixiao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.beans.factory.ObjectProvider;

/** The app shell: header with the signed-in user, role-dependent side menu, language switch. */
@Layout
@PermitAll
// The bell's Popover comes from a feature's header item, which the production bundle's scan from the routes cannot
// see: without this the bundle left the popover out and the bell did nothing in production mode.
@Uses(Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final H1 viewTitle = new H1();
    private final AuthenticationContext authentication;
    /** What features put beside the user (the notification bell); the shell knows none of them. */
    private final ObjectProvider<NavbarWidget> widgets;

    public MainLayout(CurrentUserProvider currentUser, AuthenticationContext authentication,
                      ObjectProvider<NavbarWidget> widgets) {
        this.authentication = authentication;
        CurrentUser user = currentUser.require();
        this.widgets = widgets;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassNames("view-title");
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout top = new HorizontalLayout(new DrawerToggle(), viewTitle, userBox(user));
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(viewTitle);
        top.getStyle().set("padding-right", "var(--lumo-space-m)");
        top.addClassName("app-navbar"); // narrows to icons on a phone (styles.css)
        addToNavbar(true, top);

        H1 appName = new H1(getTranslation("app.name"));
        appName.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-m)");
        VerticalLayout drawer = new VerticalLayout(new Header(appName), menu(user), new Footer(languageSwitch()));
        drawer.setPadding(false);
        drawer.setSpacing(false);
        addToDrawer(drawer);
    }

    private SideNav menu(CurrentUser user) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("menu.workbench"), "", VaadinIcon.DASHBOARD.create()));
        String targetsLabel = user.hasRole(Role.STAFF) ? "menu.myTargets" : "menu.targets";
        nav.addItem(new SideNavItem(getTranslation(targetsLabel), "targets", VaadinIcon.RECORDS.create()));
        if (user.hasAnyRole(Role.STAFF, Role.UNIT_LEADER, Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER)) {
            nav.addItem(new SideNavItem(getTranslation("menu.inbox"), "inbox", VaadinIcon.INBOX.create()));
        }
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.DEPT_REVIEWER, Role.STAFF, Role.UNIT_LEADER)) {
            nav.addItem(new SideNavItem(getTranslation("menu.monitoring"), "monitoring/rounds",
                    VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.evaluation"), "evaluation/rounds",
                    VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("menu.kindRules"), "settings/indicator-kinds",
                    VaadinIcon.FILTER.create()));
        }
        if (user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("menu.lightThresholds"), "settings/light-thresholds",
                    VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.scoring"), "settings/scoring",
                    VaadinIcon.SCALE.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.approvalChains"), "settings/approval-chains",
                    VaadinIcon.LIST_OL.create()));
        }
        // tools (issue 13 §3): a reviewer names a deputy for an absence
        if (user.hasAnyRole(Role.STAFF, Role.UNIT_LEADER, Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER)) {
            nav.addItem(new SideNavItem(getTranslation("menu.deputy"), "me/deputy", VaadinIcon.USER_CLOCK.create()));
        }
        // signin (issue 11 §3): everyone manages their own API tokens
        nav.addItem(new SideNavItem(getTranslation("menu.tokens"), "me/tokens", VaadinIcon.KEY.create()));
        // admin (issue 11 §2): organisation, users, import/export, audit log
        if (user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("menu.orgs"), "admin/orgs", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.import"), "admin/import", VaadinIcon.EXCHANGE.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.audit"), "admin/audit", VaadinIcon.CLIPBOARD_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("menu.locks"), "admin/locks", VaadinIcon.LOCK.create()));
        }
        if (user.hasRole(Role.ADMIN)) {
            SideNavItem cockpit = new SideNavItem(getTranslation("menu.cockpit"), "/camunda/app/cockpit/default/",
                    VaadinIcon.COGS.create());
            cockpit.setOpenInNewBrowserTab(true);
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        nav.setWidthFull();
        return nav;
    }

    private HorizontalLayout userBox(CurrentUser user) {
        Span who = new Span(user.displayName() + " · " + user.orgName());
        who.addClassName("current-user");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button logout = new Button(getTranslation("menu.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // admin (issue 11 §1): everyone changes their own password here
        Button password = new Button(getTranslation("menu.password"), VaadinIcon.KEY.create(),
                e -> UI.getCurrent().navigate("me/password"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("menu-password");
        password.addClassName("navbar-action");
        logout.addClassName("navbar-action");
        password.setTooltipText(getTranslation("menu.password"));
        logout.setTooltipText(getTranslation("menu.logout"));
        HorizontalLayout box = new HorizontalLayout();
        widgets.orderedStream().forEach(w -> box.add(w.create(user)));
        box.add(who, password, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    private Anchor languageSwitch() {
        boolean english = MessagesI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        String target = english ? "zh" : "en";
        Anchor link = new Anchor("javascript:void(0)", english ? "中文" : "English");
        link.getElement().addEventListener("click", e -> {
            UI.getCurrent().getPage().executeJs(
                    "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000'; location.reload();",
                    LocaleInitializer.COOKIE, target);
        });
        link.getStyle().set("margin", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
