package org.jixiao.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.admin.AdminUser;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.UserAdminService;
import org.jixiao.admin.UserDraft;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;

/** 用户管理: the bureau's accounts; create, edit (name, unit, roles), reset the password, deactivate, reactivate. */
@Route("admin/users")
@RolesAllowed("ADMIN")
class UsersView extends HorizontalLayout implements HasDynamicTitle {
    private final UserAdminService service;
    private final OrgAdminService orgs;
    private final CurrentUser user;
    private final Grid<AdminUser> grid = new Grid<>();
    private final H3 formTitle = new H3();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<OrgNode> org = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final Button reset = new Button();
    private final Button toggle = new Button();
    private AdminUser editing;

    public UsersView(UserAdminService service, OrgAdminService orgs, CurrentUserProvider currentUser) {
        this.service = service;
        this.orgs = orgs;
        this.user = currentUser.require();
        setSizeFull();
        addClassName("users");
        grid.setId("users-grid");
        grid.addColumn(AdminUser::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(AdminUser::displayName).setHeader(getTranslation("admin.user.displayName")).setFlexGrow(2);
        grid.addColumn(AdminUser::orgName).setHeader(getTranslation("admin.user.org")).setFlexGrow(2);
        String separator = getTranslation("admin.role.separator");
        grid.addColumn(u -> u.roles().stream().map(this::roleName).collect(Collectors.joining(separator)))
                .setHeader(getTranslation("admin.user.roles")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(!u.active() ? "admin.inactive"
                : u.mustChangePassword() ? "admin.user.mustChange" : "admin.active")).setHeader(getTranslation("admin.state"));
        grid.asSingleSelect().addValueChangeListener(e -> { if (e.getValue() != null) edit(e.getValue()); });
        grid.setWidth("62%");
        grid.setHeightFull();
        add(grid, form());
        reload();
    }

    private VerticalLayout form() {
        username.setLabel(getTranslation("admin.user.username"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.user.displayName"));
        displayName.setId("user-display-name");
        org.setLabel(getTranslation("admin.user.org"));
        org.setItemLabelGenerator(OrgNode::getName);
        org.setId("user-org");
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(this::roleName);
        roles.setId("user-roles");
        password.setLabel(getTranslation("admin.user.password"));
        password.setHelperText(getTranslation("admin.user.passwordHelp"));
        password.setId("user-password");
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        org.setRequiredIndicatorVisible(true);
        roles.setRequiredIndicatorVisible(true);
        FormLayout fields = new FormLayout(username, displayName, org, roles, password);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button create = new Button(getTranslation("admin.user.new"), e -> startNew());
        create.setId("user-new");
        reset.setText(getTranslation("admin.user.reset"));
        reset.setId("user-reset");
        reset.addClickListener(e -> act(() -> service.resetPassword(user, editing.id(), editing.version(), password.getValue())));
        toggle.setId("user-toggle");
        toggle.addClickListener(e -> act(() -> service.setActive(user, editing.id(), !editing.active(), editing.version())));
        VerticalLayout form = new VerticalLayout(formTitle, fields, new HorizontalLayout(save, create),
                new HorizontalLayout(reset, toggle));
        form.setWidth("38%");
        return form;
    }

    private void reload() {
        grid.setItems(service.list(user));
        org.setItems(orgs.list(user).stream().filter(OrgNode::isActive).toList());
        startNew();
    }

    private void startNew() {
        editing = null;
        formTitle.setText(getTranslation("admin.user.new"));
        username.setEnabled(true);
        username.clear();
        displayName.clear();
        org.clear();
        roles.clear();
        password.clear();
        reset.setEnabled(false);
        toggle.setEnabled(false);
        toggle.setText(getTranslation("admin.deactivate"));
    }

    private void edit(AdminUser u) {
        editing = u;
        formTitle.setText(u.displayName());
        username.setValue(u.username());
        username.setEnabled(false);
        displayName.setValue(u.displayName());
        org.setValue(org.getListDataView().getItems().filter(o -> o.getId().equals(u.orgId())).findFirst().orElse(null));
        roles.setValue(new java.util.HashSet<>(u.roles()));
        password.clear();
        reset.setEnabled(true);
        toggle.setEnabled(true);
        toggle.setText(getTranslation(u.active() ? "admin.deactivate" : "admin.activate"));
    }

    private void save() {
        List<String> roleNames = roles.getValue().stream().map(Role::name).sorted().toList();
        Long orgId = org.getValue() == null ? null : org.getValue().getId();
        UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), orgId, roleNames, password.getValue());
        act(() -> editing == null ? service.create(user, draft) : service.update(user, editing.id(), editing.version(), draft));
    }

    private void act(java.util.function.Supplier<AdminUser> action) {
        List.<HasValidation>of(username, displayName, org, roles, password).forEach(f -> f.setInvalid(false));
        try {
            action.get();
            SettingsForms.notify(getTranslation("admin.saved"), NotificationVariant.LUMO_SUCCESS, "user-saved");
            reload();
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "orgId", org,
                    "roles", roles, "password", password);
            SettingsForms.placeErrors(invalid, fields::get);
        } catch (ConflictException conflict) {
            SettingsForms.notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "user-conflict");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }

    /** The names the 单位基础信息 workbook uses (and its import reads), in Chinese; English in the English UI. */
    private String roleName(Role role) {
        return getTranslation("admin.role." + role.name());
    }
}
