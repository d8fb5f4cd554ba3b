package org.jixiao.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.OrgDraft;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.common.Limits;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.UnitType;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;

/** 组织机构: the bureau's tree; pick a node to rename, recode, move, retype or deactivate it, or add one below. */
@Route("admin/orgs")
@RolesAllowed("ADMIN")
class OrgTreeView extends HorizontalLayout implements HasDynamicTitle {
    private final OrgAdminService service;
    private final CurrentUser user;
    private final TreeGrid<OrgNode> tree = new TreeGrid<>();
    private final H3 formTitle = new H3();
    private final Select<OrgKind> kind = new Select<>();
    private final ComboBox<OrgNode> parent = new ComboBox<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitType> unitType = new Select<>();
    private final ComboBox<OrgNode> desk = new ComboBox<>();
    private final Button deactivate = new Button();
    private OrgNode editing;

    public OrgTreeView(OrgAdminService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.user = currentUser.require();
        setSizeFull();
        addClassName("org-tree");
        tree.setId("org-tree");
        tree.addHierarchyColumn(OrgNode::getName).setHeader(getTranslation("admin.org.name")).setFlexGrow(1);
        tree.addColumn(n -> getTranslation("admin.kind." + n.getKind().name())).setHeader(getTranslation("admin.org.kind"))
                .setWidth("96px").setFlexGrow(0);
        tree.addColumn(OrgNode::getCode).setHeader(getTranslation("admin.org.code")).setWidth("90px").setFlexGrow(0);
        tree.addColumn(n -> n.getUnitType() == null ? "" : n.getUnitType().label())
                .setHeader(getTranslation("admin.org.unitType")).setWidth("96px").setFlexGrow(0);
        tree.addColumn(n -> getTranslation(n.isActive() ? "admin.active" : "admin.inactive"))
                .setHeader(getTranslation("admin.state")).setWidth("80px").setFlexGrow(0);
        tree.setHeightFull();
        tree.asSingleSelect().addValueChangeListener(e -> { if (e.getValue() != null) edit(e.getValue()); });
        tree.setWidth("62%");
        add(tree, form());
        reload();
    }

    private VerticalLayout form() {
        kind.setLabel(getTranslation("admin.org.kind"));
        kind.setItems(OrgKind.DEPARTMENT, OrgKind.UNIT, OrgKind.DESK);
        kind.setItemLabelGenerator(k -> getTranslation("admin.kind." + k.name()));
        kind.setId("org-kind");
        parent.setLabel(getTranslation("admin.org.parent"));
        parent.setItemLabelGenerator(OrgNode::getName);
        parent.setId("org-parent");
        code.setLabel(getTranslation("admin.org.code"));
        code.setMaxLength(Limits.UNIT_CODE);
        code.setId("org-code");
        name.setLabel(getTranslation("admin.org.name"));
        name.setRequiredIndicatorVisible(true);
        kind.setRequiredIndicatorVisible(true);
        name.setMaxLength(Limits.NAME);
        name.setId("org-name");
        unitType.setLabel(getTranslation("admin.org.unitType"));
        unitType.setItems(UnitType.values());
        unitType.setItemLabelGenerator(t -> t == null ? "" : t.label());
        unitType.setEmptySelectionAllowed(true);
        unitType.setId("org-unit-type");
        desk.setLabel(getTranslation("admin.org.desk"));
        desk.setItemLabelGenerator(OrgNode::getName);
        desk.setClearButtonVisible(true);
        desk.setId("org-desk");
        FormLayout fields = new FormLayout(kind, parent, code, name, unitType, desk);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("org-save");
        Button create = new Button(getTranslation("admin.org.new"), e -> startNew());
        create.setId("org-new");
        deactivate.setText(getTranslation("admin.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> deactivate());
        deactivate.setId("org-deactivate");
        VerticalLayout form = new VerticalLayout(formTitle, fields, new HorizontalLayout(save, create, deactivate));
        form.setWidth("38%");
        return form;
    }

    private void reload() {
        List<OrgNode> nodes = service.list(user);
        Map<Long, OrgNode> byId = new java.util.HashMap<>();
        nodes.forEach(n -> byId.put(n.getId(), n));
        tree.setItems(nodes.stream().filter(n -> !byId.containsKey(n.getParentId())).toList(),
                n -> nodes.stream().filter(c -> Objects.equals(c.getParentId(), n.getId())).toList());
        tree.expandRecursively(nodes, 2);
        parent.setItems(nodes.stream().filter(n -> n.isActive() && n.getKind() != OrgKind.DESK).toList());
        desk.setItems(nodes.stream().filter(n -> n.isActive() && n.getKind() == OrgKind.DESK).toList());
        startNew();
    }

    private void startNew() {
        editing = null;
        formTitle.setText(getTranslation("admin.org.new"));
        kind.setEnabled(true);
        kind.setValue(OrgKind.UNIT);
        parent.setValue(tree.asSingleSelect().getValue());
        code.clear();
        name.clear();
        unitType.setValue(UnitType.ADMINISTRATIVE);
        desk.clear();
        deactivate.setEnabled(false);
    }

    private void edit(OrgNode node) {
        editing = node;
        formTitle.setText(node.getName());
        kind.setEnabled(false);
        kind.setValue(node.getKind() == OrgKind.FINANCE ? null : node.getKind());
        parent.setValue(node.getParentId() == null ? null
                : parent.getListDataView().getItems().filter(p -> p.getId().equals(node.getParentId())).findFirst().orElse(null));
        code.setValue(node.getCode() == null ? "" : node.getCode());
        name.setValue(node.getName());
        unitType.setValue(node.getUnitType());
        desk.setValue(node.getInChargeDeskId() == null ? null
                : desk.getListDataView().getItems().filter(d -> d.getId().equals(node.getInChargeDeskId())).findFirst().orElse(null));
        deactivate.setEnabled(node.isActive() && node.getKind() != OrgKind.FINANCE);
    }

    private void save() {
        List.<HasValidation>of(kind, parent, code, name, unitType, desk).forEach(f -> f.setInvalid(false));
        OrgDraft draft = new OrgDraft(parent.getValue() == null ? null : parent.getValue().getId(), code.getValue(),
                name.getValue(), unitType.getValue() == null ? null : unitType.getValue().name(),
                desk.getValue() == null ? null : desk.getValue().getId());
        try {
            if (editing == null) {
                service.create(user, kind.getValue(), draft);
            } else {
                service.update(user, editing.getId(), editing.getVersion(), draft);
            }
            SettingsForms.notify(getTranslation("admin.saved"), NotificationVariant.LUMO_SUCCESS, "org-saved");
            reload();
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = Map.of("kind", kind, "parentId", parent, "code", code, "name", name,
                    "unitType", unitType, "inChargeDeskId", desk);
            SettingsForms.placeErrors(invalid, fields::get);
        } catch (ConflictException conflict) {
            SettingsForms.notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "org-conflict");
        }
    }

    private void deactivate() {
        try {
            service.deactivate(user, editing.getId(), editing.getVersion());
            SettingsForms.notify(getTranslation("admin.saved"), NotificationVariant.LUMO_SUCCESS, "org-saved");
            reload();
        } catch (ConflictException conflict) {
            SettingsForms.notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "org-conflict");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.orgs");
    }
}
