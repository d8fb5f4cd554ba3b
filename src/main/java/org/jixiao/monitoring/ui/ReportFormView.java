package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.ProcessDiagramService;
import org.jixiao.approval.CaseProgress;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.approval.ui.ProcessDiagramPanel;
import org.jixiao.approval.ui.ReviewDecisionPanel;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.MonitoringReport;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.ReportDetail;
import org.jixiao.monitoring.internal.ReportIndicator;
import org.jixiao.monitoring.ReportInput;
import org.jixiao.monitoring.ReportLighting;
import org.jixiao.monitoring.ReportReviews;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.lights.BudgetLight;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.NotFoundNotice;
import org.jixiao.ui.UiFormats;
import org.jixiao.ui.ConfirmAction;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.FirstError;
import org.jixiao.ui.Notices;
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
class ReportFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final UnsavedChangesGuard unsaved = new UnsavedChangesGuard(this);
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");

    private final MonitoringReportService reports;
    private final ReportReviews reportReviews;
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

    private final ProcessDiagramService diagrams;
    private final CaseProgress progress;

    public ReportFormView(MonitoringReportService reports, ReportReviews reportReviews, ReviewService reviews,
                          ProcessDiagramService diagrams, CurrentUserProvider currentUser, CaseProgress progress) {
        this.diagrams = diagrams;
        this.progress = progress;
        this.reports = reports;
        this.reportReviews = reportReviews;
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
        add(new ReportHeader(detail, overallLight), budgetSection(report));
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
        if (report.getRectificationRequest() != null) {
            add(new RectificationBox(reportReviews, user, report, () -> load(id)));
        }
        detail.openTask().filter(t -> !t.decisions().isEmpty()).ifPresent(task -> add(decisionPanel(task)));
        if (mayUrge(report)) {
            add(new UrgePanel(reportReviews, user, id, () -> load(id)));
        }
        if (user.hasRole(Role.STAFF) && report.getUnitId().equals(user.orgId())) {
            // 目标调整 starts from the report when monitoring shows the target itself is off
            Button adjust = new Button(getTranslation("report.adjustTarget"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("targets/" + report.getTargetId() + "/adjust"));
            adjust.setId("report-adjust-target");
            adjust.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(adjust);
        }
        add(new HistoryTimeline(progress.of(user, MonitoringReportService.SUBJECT_TYPE, id)),
                new ProcessDiagramPanel(diagrams, user, MonitoringReportService.SUBJECT_TYPE, id));
        recompute();
    }

    private VerticalLayout budgetSection(MonitoringReport report) {
        Span budget = new Span(getTranslation("report.budget", UiFormats.money(detail.target().totalFunds())));
        budget.setId("report-budget");
        executed.setId("report-executed");
        executed.setLabel(getTranslation("report.executed", detail.round().getCutoffMonth()));
        executed.setValue(report.getExecutedFunds());
        executed.setValueChangeMode(ValueChangeMode.LAZY);
        executed.setValueChangeTimeout(300);
        executed.addValueChangeListener(e -> recompute());
        carryOver.setId("report-carry-over");
        carryOver.setLabel(getTranslation("report.carryOver"));
        executed.setMinWidth("12em"); // the labels carry（万元）and show in full
        carryOver.setMinWidth("12em");
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
                Notices.success(getTranslation("report.submitted"), "report-done");
            } else {
                Notices.success(getTranslation("report.saved"), "report-done");
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
            Notices.error(conflict.getMessage(), "report-conflict");
        }
    }

    private void showErrors(ValidationException invalid) {
        Notices.error(FieldErrors.summary(invalid, FieldErrors.place(invalid, this::fieldFor)), "report-invalid");
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

    private ReviewDecisionPanel decisionPanel(ReviewTask task) {
        return new ReportDecisionPanel(reviews, reportReviews, user, task, getTranslation("report.decision", task.name()),
                detail.report().getId())
                .beforeLeaving(unsaved::saved); // the decision and its opinion are recorded: nothing left to lose
    }

    private boolean mayUrge(MonitoringReport report) {
        boolean withUnit = report.getStatus().editable() || report.getStatus() == ReportStatus.RECTIFICATION;
        return withUnit && user.hasAnyRole(Role.FINANCE_REVIEWER, Role.DEPT_REVIEWER);
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
