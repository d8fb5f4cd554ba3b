package org.jixiao.evaluation.ui;

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
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundStatus;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.EvaluationSummaryService;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;

/**
 * 绩效自评: finance opens the year's round here; everyone sees the rounds that concern them (the service scopes the
 * list) with their progress, each leading to its summary. Laid out like the monitoring rounds screen.
 */
@Route("evaluation/rounds")
@PermitAll
public class EvaluationRoundsView extends VerticalLayout implements HasDynamicTitle {
    /** Where a round's row leads: its summary, by id. */
    static final String SUMMARY_ROUTE = "evaluation/rounds/";

    private final EvaluationRoundService rounds;
    private final CurrentUser user;
    private final Grid<EvaluationRoundSummary> grid = new Grid<>();
    private final Span empty = new Span();
    private final IntegerField year = new IntegerField();
    private final DatePicker due = new DatePicker();
    private final Checkbox allDepartments = new Checkbox();
    private final MultiSelectComboBox<OrgNode> departments = new MultiSelectComboBox<>();
    private final Div conflict = new Div();

    public EvaluationRoundsView(EvaluationRoundService rounds, EvaluationSummaryService summaries,
                                CurrentUserProvider currentUser) {
        this.rounds = rounds;
        this.user = currentUser.require();
        setWidthFull();
        if (user.hasRole(Role.FINANCE_REVIEWER)) {
            add(openForm(summaries.departments(user)));
        }
        H3 title = new H3(getTranslation("evalRounds.list"));
        title.getStyle().set("margin-bottom", "0");
        grid.setId("eval-round-grid");
        grid.addColumn(r -> String.valueOf(r.fiscalYear())).setHeader(getTranslation("rounds.year")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("evalRounds.status." + r.status().name()))
                .setHeader(getTranslation("dashboard.status")).setFlexGrow(1);
        grid.addColumn(r -> r.created() + " / " + r.total()).setHeader(getTranslation("rounds.progress")).setFlexGrow(1);
        grid.addColumn(EvaluationRoundSummary::submitted).setHeader(getTranslation("rounds.submitted")).setFlexGrow(1);
        grid.addColumn(EvaluationRoundSummary::approved).setHeader(getTranslation("rounds.approved")).setFlexGrow(1);
        grid.addColumn(EvaluationRoundSummary::overdue).setHeader(getTranslation("rounds.overdue")).setFlexGrow(1);
        grid.addColumn(r -> String.valueOf(r.dueDate())).setHeader(getTranslation("evalRounds.due")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SUMMARY_ROUTE + e.getItem().id()));
        empty.setId("eval-round-empty");
        empty.setText(getTranslation("evalRounds.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, grid, empty);
        // the list is read when the view is attached, and again on every poll while rounds are opening
        Polling.whileAttached(this, this::refresh, ui -> refresh());
    }

    private FormLayout openForm(List<OrgNode> choices) {
        year.setId("eval-round-year");
        year.setLabel(getTranslation("rounds.year"));
        // year-end evaluation looks back on the year just ended
        year.setValue(Year.now().getValue() - 1);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                due.setValue(LocalDate.of(e.getValue() + 1, 3, 31));
            }
        });
        due.setId("eval-round-due");
        due.setLabel(getTranslation("evalRounds.due"));
        due.setValue(LocalDate.of(Year.now().getValue(), 3, 31));
        allDepartments.setId("eval-round-all");
        allDepartments.setLabel(getTranslation("rounds.allDepartments"));
        allDepartments.setValue(true);
        departments.setId("eval-round-departments");
        departments.setLabel(getTranslation("rounds.departments"));
        departments.setItems(choices);
        departments.setItemLabelGenerator(OrgNode::getName);
        departments.setEnabled(false);
        allDepartments.addValueChangeListener(e -> departments.setEnabled(!e.getValue()));
        Button open = new Button(getTranslation("evalRounds.open"), VaadinIcon.PLAY.create(), e -> open());
        open.setId("eval-round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.setId("eval-round-conflict");
        conflict.setVisible(false);
        H3 heading = new H3(getTranslation("evalRounds.openTitle"));
        heading.getStyle().set("margin", "0");
        FormLayout form = new FormLayout(heading, year, due, allDepartments, departments, open, conflict);
        form.setColspan(heading, 3);
        form.setColspan(departments, 2);
        form.setColspan(conflict, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setId("eval-round-form");
        return form;
    }

    private void open() {
        for (HasValidation field : List.<HasValidation>of(year, due, departments)) {
            field.setInvalid(false);
        }
        conflict.setVisible(false);
        conflict.removeAll();
        List<Long> chosen = allDepartments.getValue() ? null
                : departments.getValue().stream().map(OrgNode::getId).sorted().toList();
        try {
            EvaluationRoundSummary opened = rounds.open(user, year.getValue(), due.getValue(), chosen);
            Notification.show(getTranslation("evalRounds.opened", String.valueOf(opened.fiscalYear())),
                    4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (ValidationException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                HasValidation field = switch (violation.field().replaceAll("\\[.*", "")) {
                    case "fiscalYear" -> year;
                    case "dueDate" -> due;
                    default -> departments;
                };
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        } catch (ConflictException exists) {
            ExistingRoundNotice.show(conflict, exists, SUMMARY_ROUTE, "eval-round-conflict-link");
        } catch (ForbiddenException refused) {
            Notification.show(refused.getMessage(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<EvaluationRoundSummary> list = rounds.list(user, null);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
        boolean opening = list.stream().anyMatch(r -> r.status() == EvaluationRoundStatus.OPENING);
        getUI().ifPresent(ui -> ui.setPollInterval(opening ? Polling.INTERVAL_MILLIS : -1));
    }



    @Override
    public String getPageTitle() {
        return getTranslation("evalRounds.title");
    }
}
