package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.sheet.TargetImportService;
import org.jixiao.ui.UiFormats;

/** 我的目标 / 目标查询: the targets in the user's scope, filtered by fiscal year and status. */
@Route("targets")
@PermitAll
class TargetListView extends VerticalLayout implements HasDynamicTitle {
    private final TargetService targets;
    private final CurrentUser user;
    private final Select<Integer> year = new Select<>();
    private final Select<TargetStatus> status = new Select<>();
    private final Grid<PerformanceTarget> grid = new Grid<>();

    public TargetListView(TargetService targets, TargetImportService sheets, CurrentUserProvider currentUser) {
        this.targets = targets;
        this.user = currentUser.require();
        setSizeFull();

        year.setId("filter-year");
        year.setLabel(getTranslation("list.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("list.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("list.all") : String.valueOf(y));
        year.setItems(years());
        year.addValueChangeListener(e -> refresh());
        status.setId("filter-status");
        status.setLabel(getTranslation("list.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.all"));
        status.setItems(TargetStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("list.all") : getTranslation("status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(year, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        Button open = new Button(getTranslation("list.open"), VaadinIcon.FOLDER_OPEN_O.create(),
                e -> selected().ifPresent(this::open));
        open.setId("target-open");
        open.setEnabled(false);
        HorizontalLayout buttons = new HorizontalLayout(open);
        if (user.hasRole(Role.STAFF)) {
            Button copy = new Button(getTranslation("list.copy"), VaadinIcon.COPY_O.create(),
                    e -> selected().ifPresent(this::askCopy));
            copy.setId("target-copy");
            copy.setEnabled(false);
            Button create = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate("targets/new"));
            create.setId("target-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.addComponentAsFirst(create);
            buttons.add(copy);
            Button importSheets = new Button(getTranslation("import.open"), VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(sheets, user, this::refresh).open());
            importSheets.setId("target-import");
            buttons.add(importSheets);
            grid.addSelectionListener(e -> copy.setEnabled(e.getFirstSelectedItem()
                    .filter(t -> Objects.equals(t.getUnitId(), user.orgId())).isPresent()));
        }
        grid.addSelectionListener(e -> open.setEnabled(e.getFirstSelectedItem().isPresent()));
        toolbar.add(buttons);
        toolbar.expand(status);

        grid.setId("target-grid");
        grid.addColumn(PerformanceTarget::getFiscalYear).setHeader(getTranslation("list.year")).setWidth("80px")
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(t -> t.getKind() == null ? "" : getTranslation("kind." + t.getKind().name()))
                .setHeader(getTranslation("target.kind")).setWidth("110px").setFlexGrow(0);
        grid.addColumn(PerformanceTarget::getName).setHeader(getTranslation("target.name")).setFlexGrow(3)
                .setSortable(true);
        if (user.hasAnyRole(Role.DEPT_REVIEWER, Role.FINANCE_REVIEWER, Role.ADMIN)) {
            // a unit's own people would read their unit's name on every row, wrapped for want of room
            grid.addColumn(PerformanceTarget::getUnitName).setHeader(getTranslation("target.unit")).setFlexGrow(2);
        }
        grid.addColumn(t -> UiFormats.money(t.totalFunds())).setHeader(getTranslation("list.funds"))
                .setWidth("140px").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> getTranslation("status." + t.getStatus().name())).setHeader(getTranslation("list.status"))
                .setWidth("170px").setFlexGrow(0);
        grid.addColumn(t -> UiFormats.time(t.getUpdatedAt())).setHeader(getTranslation("list.updated"))
                .setWidth("170px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        targets.list(user, null, null).forEach(t -> years.add(t.getFiscalYear()));
        years.add(Year.now().getValue());
        years.add(Year.now().getValue() + 1);
        return new ArrayList<>(years);
    }

    private void refresh() {
        grid.setItems(targets.list(user, year.getValue(), status.getValue()));
    }

    private Optional<PerformanceTarget> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /** Own unit's editable targets open in the editor; everything else read-only. */
    private void open(PerformanceTarget t) {
        boolean drafter = user.hasRole(Role.STAFF) && Objects.equals(user.orgId(), t.getUnitId());
        UI.getCurrent().navigate("targets/" + t.getId() + (drafter && t.getStatus().editable() ? "/edit" : ""));
    }

    private void askCopy(PerformanceTarget source) {
        Dialog dialog = new Dialog();
        dialog.setId("copy-dialog");
        dialog.setHeaderTitle(getTranslation("copy.title"));
        IntegerField fiscalYear = new IntegerField(getTranslation("copy.year"));
        fiscalYear.setId("copy-year");
        fiscalYear.setValue(source.getFiscalYear() + 1);
        fiscalYear.setMin(2000);
        fiscalYear.setMax(2100);
        fiscalYear.setStepButtonsVisible(true);
        dialog.add(new Paragraph(getTranslation("copy.text", source.getName())), fiscalYear);
        Button confirm = new Button(getTranslation("copy.confirm"), e -> {
            if (fiscalYear.getValue() == null) {
                fiscalYear.setErrorMessage(getTranslation("copy.yearRequired"));
                fiscalYear.setInvalid(true);
                return;
            }
            try {
                PerformanceTarget copy = targets.copy(user, source.getId(), fiscalYear.getValue());
                dialog.close();
                Notification.show(getTranslation("copy.done", String.valueOf(copy.getFiscalYear())), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("targets/" + copy.getId() + "/edit");
            } catch (ValidationException invalid) {
                fiscalYear.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage()
                        : invalid.violations().get(0).message());
                fiscalYear.setInvalid(true);
            } catch (ConflictException | ForbiddenException | NotFoundException refused) {
                fiscalYear.setErrorMessage(refused.getMessage());
                fiscalYear.setInvalid(true);
            }
        });
        confirm.setId("copy-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("copy.cancel"), e -> dialog.close());
        cancel.setId("copy-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(user.hasRole(Role.STAFF) ? "menu.myTargets" : "menu.targets");
    }
}
