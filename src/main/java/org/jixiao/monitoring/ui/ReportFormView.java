package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.BudgetFollowUp;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportDetail;
import org.jixiao.monitoring.ReportIndicator;
import org.jixiao.monitoring.ReportInput;
import org.jixiao.monitoring.ReportLighting;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.lights.BudgetLight;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.NotFoundNotice;
import org.jixiao.ui.UiFormats;
import org.jixiao.ui.ConfirmAction;
import org.jixiao.ui.FirstError;
import org.jixiao.ui.UnsavedChangesGuard;
import org.jixiao.ui.AmountFields;
import org.jixiao.ui.OverspendNote;

/**
 * 监控报告: the unit fills it with live warning lights (recomputed as it types, with the same pure rules the
 * server stores), saves drafts and submits; reviewers see it read-only and decide on their task here (同意, 退回,
 * and for finance 要求整改); the unit reports its 整改结果; finance and the department may urge (催办).
 */
@Route("monitoring/reports/:id")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER", "ADMIN"})
public class ReportFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final UnsavedChangesGuard unsaved = new UnsavedChangesGuard(this);
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");

    private final MonitoringReportService reports;
    private final ReviewService reviews;
    private final CurrentUser user;
    private ReportDetail detail;
    private final BigDecimalField executed = new BigDecimalField();
    private final BigDecimalField carryOver = new BigDecimalField();
    private final LightBadge budgetLight = new LightBadge();
    private final LightBadge overallLight = new LightBadge();
    private final Span executionRate = new Span();
    private final List<IndicatorRowEditor> rows = new ArrayList<>();
    /** 说明 of 执行数 above 预算数 (sense check); visible while the figures on the screen need it. */
    private final OverspendNote note = new OverspendNote("report-execution-note",
            () -> detail.target().totalFunds(), executed::getValue, "执行数", "预算数");

    public ReportFormView(MonitoringReportService reports, ReviewService reviews, CurrentUserProvider currentUser) {
        this.reports = reports;
        this.reviews = reviews;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException unknown) {
            removeAll();
            detail = null;
            add(new NotFoundNotice(getTranslation("report.notFound")));
        }
    }

    private void load(Long id) {
        detail = reports.get(user, id);
        removeAll();
        rows.clear();
        MonitoringReport report = detail.report();
        add(header(report), budgetSection(report));
        H3 indicatorsTitle = new H3(getTranslation("report.indicators"));
        add(indicatorsTitle);
        for (int i = 0; i < detail.lines().size(); i++) {
            ReportDetail.Line line = detail.lines().get(i);
            IndicatorRowEditor editor = new IndicatorRowEditor(i, line.indicator(), line.row(),
                    detail.round().getCutoffMonth(), this::recompute);
            editor.setEditable(detail.editable());
            editor.showReading(line.reading());
            rows.add(editor);
            add(editor);
        }
        if (detail.lines().isEmpty()) {
            add(new Paragraph(getTranslation("report.noIndicators")));
        }
        if (detail.editable()) {
            add(fillActions());
        }
        rectificationSection(report);
        detail.openTask().filter(t -> !t.decisions().isEmpty()).ifPresent(task -> add(decisionPanel(task)));
        if (mayUrge(report)) {
            add(urgePanel());
        }
        if (user.hasRole(Role.STAFF) && report.getUnitId().equals(user.orgId())) {
            // 目标调整 starts from the report when monitoring shows the target itself is off
            Button adjust = new Button(getTranslation("report.adjustTarget"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("targets/" + report.getTargetId() + "/adjust"));
            adjust.setId("report-adjust-target");
            adjust.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(adjust);
        }
        add(new HistoryTimeline(reports.history(user, id)));
        recompute();
    }

    private VerticalLayout header(MonitoringReport report) {
        H2 title = new H2(getTranslation("report.title", detail.target().getName()));
        title.setId("report-title");
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation("status.MONITORING_REPORT." + report.getStatus().name()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        overallLight.setId("report-light");
        HorizontalLayout badges = new HorizontalLayout(status, new Span(getTranslation("report.overall")), overallLight);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        if (report.isOverdue()) {
            badges.add(badge("report-overdue", getTranslation("report.overdue"), "error"));
        }
        if (report.getUrgeCount() > 0) {
            badges.add(badge("report-urged", getTranslation("report.urged", report.getUrgeCount()), "contrast"));
        }
        Paragraph round = new Paragraph(getTranslation("report.round", String.valueOf(detail.round().getFiscalYear()),
                detail.round().getCutoffMonth(), String.valueOf(detail.round().getDueDate()),
                detail.target().getUnitName(), detail.target().getProjectCode() == null ? "—"
                        : detail.target().getProjectCode()));
        round.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout header = new VerticalLayout(title, round, badges);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private static Span badge(String id, String text, String theme) {
        Span span = new Span(text);
        span.setId(id);
        span.getElement().getThemeList().add("badge " + theme);
        return span;
    }

    private VerticalLayout budgetSection(MonitoringReport report) {
        Span budget = new Span(getTranslation("report.budget", UiFormats.decimal(detail.target().totalFunds())));
        budget.setId("report-budget");
        executed.setId("report-executed");
        executed.setLabel(getTranslation("report.executed", detail.round().getCutoffMonth()));
        executed.setValue(report.getExecutedFunds());
        executed.setValueChangeMode(ValueChangeMode.LAZY);
        executed.setValueChangeTimeout(300);
        executed.addValueChangeListener(e -> recompute());
        carryOver.setId("report-carry-over");
        carryOver.setLabel(getTranslation("report.carryOver"));
        carryOver.setValue(report.getExpectedCarryOver());
        executed.setReadOnly(!detail.editable());
        carryOver.setReadOnly(!detail.editable());
        executionRate.setId("report-execution-rate");
        budgetLight.setId("report-budget-light");
        AmountFields.refuseNegative(executed, getTranslation("report.executedShort"));
        AmountFields.refuseNegative(carryOver, getTranslation("report.carryOver"));
        note.show(report.getExecutionNote(), report.getExecutedFunds());
        note.setReadOnly(!detail.editable());
        HorizontalLayout figures = new HorizontalLayout(executed, carryOver, executionRate, budgetLight);
        figures.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("report.budgetTitle")), budget, figures, note);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Live lights from what is on the screen (nothing is saved). */
    private void recompute() {
        if (detail == null) {
            return;
        }
        Map<Long, ReportIndicator> entered = new HashMap<>();
        rows.forEach(r -> entered.put(r.indicatorId(), r.toRow()));
        ReportLighting.Result lights = ReportLighting.of(detail.target(), detail.round().getCutoffMonth(),
                detail.thresholds(), executed.getValue(), entered);
        budgetLight.show(lights.budget());
        overallLight.show(lights.overall(), null);
        var rate = BudgetLight.executionRate(detail.target().totalFunds(), executed.getValue());
        executionRate.setText(getTranslation("report.executionRate", rate == null ? "—" : UiFormats.decimal(rate) + "%"));
        note.follow();
        rows.forEach(r -> r.showReading(lights.indicators().get(r.indicatorId())));
    }

    private HorizontalLayout fillActions() {
        Button save = new Button(getTranslation("report.save"), VaadinIcon.DISC.create(),
                e -> note.confirmThen(() -> save(false)));
        save.setId("report-save");
        Button submit = new Button(getTranslation("report.submit"), VaadinIcon.PAPERPLANE.create(), e -> note.confirmThen(
                () -> ConfirmAction.ask("confirm.submitTitle", getTranslation("confirm.submitReport"), "confirm.submit",
                        () -> save(true))));
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(save, submit);
    }

    private void save(boolean submit) {
        clearErrors();
        List<ReportInput.IndicatorInput> inputs = new ArrayList<>();
        for (IndicatorRowEditor r : rows) {
            ReportIndicator row = r.toRow();
            inputs.add(new ReportInput.IndicatorInput(row.getIndicatorId(), row.getValueToDate(),
                    row.getExpectedYearEnd(), row.getAchievement(), row.getLikelihood(),
                    org.jixiao.monitoring.DeviationReason.split(row.getDeviationReasons()), row.getRemark(),
                    row.getMeasures()));
        }
        Long id = detail.report().getId();
        try {
            ReportDetail saved = reports.save(user, id, new ReportInput(detail.report().getVersion(),
                    executed.getValue(), carryOver.getValue(), inputs, note.getValue()));
            detail = saved;
            unsaved.saved();
            if (submit) {
                reports.submit(user, id, saved.report().getVersion());
                notify(getTranslation("report.submitted"), NotificationVariant.LUMO_SUCCESS, "report-done");
            } else {
                notify(getTranslation("report.saved"), NotificationVariant.LUMO_SUCCESS, "report-done");
            }
            load(id);
        } catch (ValidationException invalid) {
            if (submit) {
                // the draft was saved; keep its new version so the next attempt is not a false conflict
                detail = reports.get(user, id);
            }
            showErrors(invalid);
            FirstError.focus(this);
        } catch (ConflictException | ForbiddenException conflict) {
            notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "report-conflict");
        }
    }

    private void showErrors(ValidationException invalid) {
        List<String> unplaced = new ArrayList<>();
        for (FieldViolation v : invalid.violations()) {
            HasValidation field = fieldFor(v.field());
            if (field == null) {
                unplaced.add(v.message());
            } else {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            }
        }
        String message = invalid.getMessage() + (unplaced.isEmpty() ? "" : "：" + String.join("；", unplaced));
        notify(message, NotificationVariant.LUMO_ERROR, "report-invalid");
    }

    private HasValidation fieldFor(String path) {
        if ("executedFunds".equals(path)) {
            return executed;
        }
        if ("expectedCarryOver".equals(path)) {
            return carryOver;
        }
        if ("executionNote".equals(path)) {
            note.setVisible(true);
            return note;
        }
        Matcher m = INDICATOR_FIELD.matcher(path);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            return index < rows.size() ? rows.get(index).field(m.group(2)) : null;
        }
        return null;
    }

    private void clearErrors() {
        executed.setInvalid(false);
        carryOver.setInvalid(false);
        note.setInvalid(false);
        rows.forEach(IndicatorRowEditor::clearErrors);
    }

    private void rectificationSection(MonitoringReport report) {
        if (report.getRectificationRequest() == null) {
            return;
        }
        VerticalLayout box = new VerticalLayout();
        box.setId("report-rectification");
        box.getStyle().set("background", "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        box.add(new H3(getTranslation("report.rectification")));
        Paragraph request = new Paragraph(getTranslation("report.rectification.request", report.getRectificationRequest()));
        request.setId("report-rectification-request");
        box.add(request);
        if (report.getBudgetFollowUp() != null) {
            box.add(new Paragraph(getTranslation("report.rectification.followUp", report.getBudgetFollowUp().label())));
        }
        if (report.getRectificationResult() != null) {
            box.add(new Paragraph(getTranslation("report.rectification.result", report.getRectificationResult())));
        }
        boolean mine = report.getStatus() == ReportStatus.RECTIFICATION && user.hasRole(Role.STAFF)
                && report.getUnitId().equals(user.orgId());
        if (mine) {
            TextArea result = new TextArea(getTranslation("report.rectification.resultLabel"));
            result.setId("report-rectification-result");
            result.setWidthFull();
            result.setMaxLength(Limits.OPINION);
            Button send = new Button(getTranslation("report.rectification.send"), VaadinIcon.PAPERPLANE.create(), e -> {
                try {
                    reports.reportRectification(user, report.getId(), detail.report().getVersion(), result.getValue());
                    notify(getTranslation("report.rectification.sent"), NotificationVariant.LUMO_SUCCESS, "report-done");
                    load(report.getId());
                } catch (ValidationException invalid) {
                    result.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage()
                            : invalid.violations().get(invalid.violations().size() - 1).message());
                    result.setInvalid(true);
                } catch (ConflictException | ForbiddenException conflict) {
                    notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "report-conflict");
                }
            });
            send.setId("report-rectification-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(result, send);
        }
        add(box);
    }

    private VerticalLayout decisionPanel(ReviewTask task) {
        TextArea opinion = new TextArea(getTranslation("review.opinion"));
        opinion.setId("review-opinion");
        opinion.setWidthFull();
        opinion.setMaxLength(Limits.OPINION);
        HorizontalLayout buttons = new HorizontalLayout();
        Set<ReviewDecision> decisions = task.decisions();
        if (decisions.contains(ReviewDecision.APPROVE)) {
            Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), e -> decide(() ->
                    reviews.approve(task.id(), user, opinion.getValue()), opinion));
            approve.setId("review-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (decisions.contains(ReviewDecision.RETURN)) {
            Button giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create(), e -> decide(() ->
                    reviews.returnToDrafter(task.id(), user, opinion.getValue()), opinion));
            giveBack.setId("review-return");
            giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(giveBack);
        }
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("report.decision", task.name())), opinion);
        if (decisions.contains(ReviewDecision.RECTIFY)) {
            Select<BudgetFollowUp> followUp = new Select<>();
            followUp.setId("review-follow-up");
            followUp.setLabel(getTranslation("report.rectification.followUpLabel"));
            followUp.setItems(BudgetFollowUp.values());
            followUp.setItemLabelGenerator(f -> f == null ? "" : f.label());
            followUp.setEmptySelectionAllowed(true);
            Button rectify = new Button(getTranslation("report.rectify"), VaadinIcon.WRENCH.create(), e -> decide(() ->
                    reports.requireRectification(user, detail.report().getId(), opinion.getValue(),
                            followUp.getValue()), opinion));
            rectify.setId("review-rectify");
            buttons.add(rectify);
            panel.add(followUp);
        }
        panel.add(buttons);
        panel.setId("review-decision");
        panel.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return panel;
    }

    private void decide(Runnable action, TextArea opinion) {
        try {
            action.run();
            notify(getTranslation("report.decided"), NotificationVariant.LUMO_SUCCESS, "review-done-notification");
            unsaved.saved(); // the decision and its opinion are recorded: nothing left to lose
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            opinion.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage()
                    : invalid.violations().get(0).message());
            opinion.setInvalid(true);
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            notify(gone.getMessage(), NotificationVariant.LUMO_ERROR, "review-error-notification");
        }
    }

    private boolean mayUrge(MonitoringReport report) {
        boolean withUnit = report.getStatus().editable() || report.getStatus() == ReportStatus.RECTIFICATION;
        return withUnit && user.hasAnyRole(Role.FINANCE_REVIEWER, Role.DEPT_REVIEWER);
    }

    private HorizontalLayout urgePanel() {
        com.vaadin.flow.component.textfield.TextField message = new com.vaadin.flow.component.textfield.TextField();
        message.setId("report-urge-message");
        message.setPlaceholder(getTranslation("report.urge.placeholder"));
        message.setWidth("360px");
        Button urge = new Button(getTranslation("report.urge"), VaadinIcon.BELL.create(), e -> {
            try {
                reports.urge(user, detail.report().getId(), message.getValue());
                notify(getTranslation("report.urge.done"), NotificationVariant.LUMO_SUCCESS, "report-done");
                load(detail.report().getId());
            } catch (ValidationException | ConflictException | ForbiddenException refused) {
                notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "report-conflict");
            }
        });
        urge.setId("report-urge");
        HorizontalLayout panel = new HorizontalLayout(message, urge);
        panel.setAlignItems(FlexComponent.Alignment.BASELINE);
        return panel;
    }

    private static void notify(String message, NotificationVariant variant, String id) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId(id);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("report.pageTitle")
                : getTranslation("report.title", detail.target().getName());
    }

    /** Unsaved edits are not lost by leaving by accident. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }
}
