package org.jixiao.rounds.ui;

import com.vaadin.flow.component.Component;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.ui.ConfirmAction;
import org.jixiao.ui.ExistingRoundNotice;
import org.jixiao.ui.Polling;
import org.jixiao.ui.UiFormats;

/**
 * The rounds screen of every kind of round: finance opens a round in the form on top (year, due date, departments
 * and the kind's own fields); everyone sees the rounds that concern them (the service scopes the list) with their
 * progress, each row leading to the round's page. A kind supplies its columns, extra fields and the open call;
 * element ids and texts come from the kind's prefixes ({@code round-…}/{@code rounds.…} for monitoring).
 *
 * @param <S> the kind's round summary
 */
public abstract class RoundListView<S> extends VerticalLayout implements HasDynamicTitle {
    protected final CurrentUser user;
    protected final Grid<S> grid = new Grid<>();
    protected final IntegerField year = new IntegerField();
    protected final DatePicker due = new DatePicker();
    private final Span empty = new Span();
    private final Checkbox allDepartments = new Checkbox();
    private final MultiSelectComboBox<OrgNode> departments = new MultiSelectComboBox<>();
    private final Div conflict = new Div();
    private final String ids;
    private final String texts;
    private final String route;

    /**
     * @param ids   prefix of element ids, e.g. {@code round}
     * @param texts prefix of the kind's i18n keys ({@code .list .empty .openTitle .open .due .title})
     * @param route where a row leads, followed by the round's id, e.g. {@code monitoring/rounds/}
     */
    protected RoundListView(CurrentUser user, String ids, String texts, String route) {
        this.user = user;
        this.ids = ids;
        this.texts = texts;
        this.route = route;
        setWidthFull();
    }

    /** Builds the screen; called at the end of the kind's constructor, once its services are set. */
    protected void build(List<OrgNode> departmentChoices, int defaultYear) {
        if (user.hasRole(Role.FINANCE_REVIEWER)) {
            add(openForm(departmentChoices, defaultYear));
        }
        H3 title = new H3(getTranslation(texts + ".list"));
        title.getStyle().set("margin-bottom", "0");
        grid.setId(ids + "-grid");
        columns(grid);
        if (user.hasRole(Role.FINANCE_REVIEWER)) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("rounds.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(route + id(e.getItem())));
        empty.setId(ids + "-empty");
        empty.setText(getTranslation(texts + ".empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, grid, empty);
        // the list is read when the view is attached, and again on every poll while rounds are opening
        Polling.whileAttached(this, this::refresh, ui -> refresh());
    }

    /** The grid's columns. */
    protected abstract void columns(Grid<S> grid);

    /** The rounds the caller may see, newest first. */
    protected abstract List<S> rounds();

    protected abstract Long id(S round);

    protected abstract boolean opening(S round);

    /** Whether the round is OPEN: only then can finance end or withdraw it. */
    protected abstract boolean isOpen(S round);

    /** How many of its items were handed in: a round can be withdrawn only while none was. */
    protected abstract int submitted(S round);

    /** The round in a sentence, e.g. 2024年 1–6月. */
    protected abstract String label(S round);

    /** Ends the round (no more submissions). */
    protected abstract void closeRound(S round);

    /** Withdraws the round with its items. */
    protected abstract void cancelRound(S round);

    /** The kind's own fields, placed after the year (e.g. the cut-off month). */
    protected List<Component> extraFields() {
        return List.of();
    }

    /** The due date to offer when the year changes, given the one shown. */
    protected abstract LocalDate dueFor(int year, LocalDate shown);

    /** Opens the round ({@code departmentIds} null = all); returns the notification text. */
    protected abstract String open(List<Long> departmentIds);

    /** Checks the form as opening would and counts the approved targets in scope, without opening. */
    protected abstract int inScope(List<Long> departmentIds);

    /** The field a violation belongs to; a kind maps its own fields and falls back to this. */
    protected HasValidation fieldFor(String field) {
        return switch (field) {
            case "fiscalYear" -> year;
            case "dueDate" -> due;
            default -> departments;
        };
    }

    private FormLayout openForm(List<OrgNode> choices, int defaultYear) {
        year.setId(ids + "-year");
        year.setLabel(getTranslation("rounds.year"));
        year.setValue(defaultYear);
        year.setStepButtonsVisible(true);
        // the due date follows the year, so a round for another year does not default to this year's date
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                LocalDate next = dueFor(e.getValue(), due.getValue());
                if (next != null && !next.equals(due.getValue())) {
                    due.setValue(next);
                }
            }
        });
        due.setId(ids + "-due");
        due.setLabel(getTranslation(texts + ".due"));
        UiFormats.isoDates(due).setRequiredIndicatorVisible(true);
        year.setRequiredIndicatorVisible(true);
        due.setValue(dueFor(defaultYear, null));
        allDepartments.setId(ids + "-all");
        allDepartments.setLabel(getTranslation("rounds.allDepartments"));
        allDepartments.setValue(true);
        departments.setId(ids + "-departments");
        departments.setLabel(getTranslation("rounds.departments"));
        departments.setItems(choices);
        departments.setItemLabelGenerator(OrgNode::getName);
        departments.setEnabled(false);
        allDepartments.addValueChangeListener(e -> departments.setEnabled(!e.getValue()));
        Button open = new Button(getTranslation(texts + ".open"), VaadinIcon.PLAY.create(), e -> open());
        open.setId(ids + "-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.setId(ids + "-conflict");
        conflict.setVisible(false);
        H3 heading = new H3(getTranslation(texts + ".openTitle"));
        heading.getStyle().set("margin", "0");
        List<Component> fields = new ArrayList<>(List.of(heading, year));
        fields.addAll(extraFields());
        fields.addAll(List.of(due, allDepartments, departments, open, conflict));
        FormLayout form = new FormLayout(fields.toArray(Component[]::new));
        form.setColspan(heading, 3);
        form.setColspan(departments, 2);
        form.setColspan(conflict, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setId(ids + "-form");
        return form;
    }

    private void open() {
        List<HasValidation> fields = new ArrayList<>(List.of(year, due, departments));
        extraFields().stream().filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(fields::add);
        fields.forEach(f -> f.setInvalid(false));
        conflict.setVisible(false);
        conflict.removeAll();
        List<Long> chosen = allDepartments.getValue() ? null
                : departments.getValue().stream().map(OrgNode::getId).sorted().toList();
        // irreversible (reports and processes are created at once), so say how many before doing it
        attempt(() -> {
            int n = inScope(chosen);
            ConfirmAction.ask(texts + ".confirmTitle", getTranslation(texts + ".confirmOpen", n), texts + ".open",
                    () -> attempt(() -> {
                        Notification.show(open(chosen), 4000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        refresh();
                    }));
        });
    }

    /**
     * 结束 and 撤销 for an OPEN round of the caller's bureau, each asking first and saying what will happen; 撤销 only
     * while nothing was handed in. The buttons stop the click, so it does not also open the round.
     */
    private Component actions(S round) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (!isOpen(round)) {
            return actions;
        }
        Button close = new Button(getTranslation("rounds.close"), VaadinIcon.STOP.create(), e -> ConfirmAction.ask(
                "rounds.closeTitle", getTranslation("rounds.confirmClose", label(round)), "rounds.close",
                () -> lifecycle(() -> closeRound(round), "rounds.closed", round)));
        close.setId(ids + "-close-" + id(round));
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        stopClick(close);
        actions.add(close);
        if (submitted(round) == 0) {
            Button cancel = new Button(getTranslation("rounds.cancel"), VaadinIcon.TRASH.create(), e -> ConfirmAction.ask(
                    "rounds.cancelTitle", getTranslation("rounds.confirmCancel", label(round)), "rounds.cancel",
                    () -> lifecycle(() -> cancelRound(round), "rounds.cancelled", round)));
            cancel.setId(ids + "-cancel-" + id(round));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            stopClick(cancel);
            actions.add(cancel);
        }
        return actions;
    }

    private static void stopClick(Button button) {
        button.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
    }

    private void lifecycle(Runnable action, String doneKey, S round) {
        String label = label(round);
        try {
            action.run();
            Notification.show(getTranslation(doneKey, label), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException | ForbiddenException | org.jixiao.common.NotFoundException refused) {
            Notification n = Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId(ids + "-lifecycle-error");
        }
        refresh();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (ValidationException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                HasValidation field = fieldFor(violation.field().replaceAll("\\[.*", ""));
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        } catch (ConflictException exists) {
            ExistingRoundNotice.show(conflict, exists, route, ids + "-conflict-link");
        } catch (ForbiddenException refused) {
            Notification.show(refused.getMessage(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<S> list = rounds();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
        boolean anyOpening = list.stream().anyMatch(this::opening);
        getUI().ifPresent(ui -> ui.setPollInterval(anyOpening ? Polling.INTERVAL_MILLIS : -1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(texts + ".title");
    }
}
