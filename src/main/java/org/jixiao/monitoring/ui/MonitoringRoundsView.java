package org.jixiao.monitoring.ui;

import org.jixiao.ui.ExistingRoundNotice;
import org.jixiao.ui.Polling;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.RoundDashboardService;
import org.jixiao.monitoring.RoundStatus;
import org.jixiao.monitoring.RoundSummary;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;

/**
 * 绩效运行监控: finance opens rounds here; everyone sees the rounds that concern them (the service scopes
 * the list) with their progress, each leading to its dashboard.
 */
@Route("monitoring/rounds")
@PermitAll
public class MonitoringRoundsView extends VerticalLayout implements HasDynamicTitle {
    private final MonitoringRoundService rounds;
    private final CurrentUser user;
    private final Grid<RoundSummary> grid = new Grid<>();
    private final Span empty = new Span();
    private final IntegerField year = new IntegerField();
    private final IntegerField cutoff = new IntegerField();
    private final DatePicker due = new DatePicker();
    private final Checkbox allDepartments = new Checkbox();
    private final MultiSelectComboBox<OrgNode> departments = new MultiSelectComboBox<>();
    private final Div conflict = new Div();

    public MonitoringRoundsView(MonitoringRoundService rounds, RoundDashboardService dashboard,
                                CurrentUserProvider currentUser) {
        this.rounds = rounds;
        this.user = currentUser.require();
        setWidthFull();
        if (user.hasRole(Role.FINANCE_REVIEWER)) {
            add(openForm(dashboard.departments(user)));
        }
        H3 title = new H3(getTranslation("rounds.list"));
        title.getStyle().set("margin-bottom", "0");
        grid.setId("round-grid");
        grid.addColumn(r -> getTranslation("rounds.period", String.valueOf(r.fiscalYear()), r.cutoffMonth()))
                .setHeader(getTranslation("rounds.year")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("rounds.status." + r.status().name()))
                .setHeader(getTranslation("dashboard.status")).setFlexGrow(1);
        grid.addColumn(r -> r.created() + " / " + r.total()).setHeader(getTranslation("rounds.progress")).setFlexGrow(1);
        grid.addColumn(RoundSummary::submitted).setHeader(getTranslation("rounds.submitted")).setFlexGrow(1);
        grid.addColumn(RoundSummary::approved).setHeader(getTranslation("rounds.approved")).setFlexGrow(1);
        grid.addColumn(RoundSummary::overdue).setHeader(getTranslation("rounds.overdue")).setFlexGrow(1);
        grid.addColumn(r -> String.valueOf(r.dueDate())).setHeader(getTranslation("rounds.due")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("monitoring/rounds/" + e.getItem().id()));
        empty.setId("round-empty");
        empty.setText(getTranslation("rounds.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, grid, empty);
        // the list is read when the view is attached, and again on every poll while rounds are opening
        Polling.whileAttached(this, this::refresh, ui -> refresh());
    }

    private FormLayout openForm(List<OrgNode> choices) {
        year.setId("round-year");
        year.setLabel(getTranslation("rounds.year"));
        year.setValue(Year.now().getValue());
        year.setStepButtonsVisible(true);
        // the due date follows the year, so a round for another year does not default to this year's July
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100 && due.getValue() != null
                    && due.getValue().getYear() != e.getValue()) {
                due.setValue(due.getValue().withYear(e.getValue()));
            }
        });
        cutoff.setId("round-cutoff");
        cutoff.setLabel(getTranslation("rounds.cutoff"));
        cutoff.setMin(1);
        cutoff.setMax(11);
        cutoff.setValue(6);
        cutoff.setStepButtonsVisible(true);
        due.setId("round-due");
        due.setLabel(getTranslation("rounds.due"));
        due.setValue(LocalDate.of(Year.now().getValue(), 7, 15));
        allDepartments.setId("round-all");
        allDepartments.setLabel(getTranslation("rounds.allDepartments"));
        allDepartments.setValue(true);
        departments.setId("round-departments");
        departments.setLabel(getTranslation("rounds.departments"));
        departments.setItems(choices);
        departments.setItemLabelGenerator(OrgNode::getName);
        departments.setEnabled(false);
        allDepartments.addValueChangeListener(e -> departments.setEnabled(!e.getValue()));
        Button open = new Button(getTranslation("rounds.open"), VaadinIcon.PLAY.create(), e -> open());
        open.setId("round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.setId("round-conflict");
        conflict.setVisible(false);
        H3 heading = new H3(getTranslation("rounds.openTitle"));
        heading.getStyle().set("margin", "0");
        FormLayout form = new FormLayout(heading, year, cutoff, due, allDepartments, departments, open, conflict);
        form.setColspan(heading, 3);
        form.setColspan(departments, 2);
        form.setColspan(conflict, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setId("round-form");
        return form;
    }

    private void open() {
        for (HasValidation field : List.<HasValidation>of(year, cutoff, due, departments)) {
            field.setInvalid(false);
        }
        conflict.setVisible(false);
        conflict.removeAll();
        List<Long> chosen = allDepartments.getValue() ? null
                : departments.getValue().stream().map(OrgNode::getId).sorted().toList();
        try {
            RoundSummary opened = rounds.open(user, year.getValue(), cutoff.getValue(), due.getValue(), chosen);
            Notification.show(getTranslation("rounds.opened", String.valueOf(opened.fiscalYear()), opened.cutoffMonth()),
                    4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (ValidationException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                HasValidation field = switch (violation.field().replaceAll("\\[.*", "")) {
                    case "fiscalYear" -> year;
                    case "cutoffMonth" -> cutoff;
                    case "dueDate" -> due;
                    default -> departments;
                };
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        } catch (ConflictException exists) {
            ExistingRoundNotice.show(conflict, exists, "monitoring/rounds/", "round-conflict-link");
        } catch (ForbiddenException refused) {
            Notification.show(refused.getMessage(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<RoundSummary> list = rounds.list(user, null);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
        boolean opening = list.stream().anyMatch(r -> r.status() == RoundStatus.OPENING);
        getUI().ifPresent(ui -> ui.setPollInterval(opening ? Polling.INTERVAL_MILLIS : -1));
    }



    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title");
    }
}
