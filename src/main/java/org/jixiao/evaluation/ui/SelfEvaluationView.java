package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.SelfEvaluation;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationExport;
import org.jixiao.evaluation.SelfEvaluationImport;
import org.jixiao.evaluation.SelfEvaluationInput;
import org.jixiao.evaluation.SelfEvaluationReviews;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.org.CurrentUser;
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
 * 绩效自评: the unit enters 全年预算数/执行数 and each indicator's 实际完成值 (or grade and score), and sees every
 * score, the total and the grade update as it types (the same engine the server stores with); reviewers see it
 * read-only and decide on their task here; finance re-scores (复核) an indicator with a reason.
 */
@Route("evaluation/self/:id")
@RolesAllowed({"STAFF", "UNIT_LEADER", "DEPT_REVIEWER", "FINANCE_REVIEWER", "ADMIN"})
class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final UnsavedChangesGuard unsaved = new UnsavedChangesGuard(this);
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");

    private final SelfEvaluationService evaluations;
    private final SelfEvaluationReviews reviewActions;
    private final ReviewService reviews;
    private final SelfEvaluationExport export;
    private final SelfEvaluationImport imports;
    private final ProcessDiagramService diagrams;
    private final CaseProgress progress;
    private final CurrentUser user;
    private SelfEvaluationDetail detail;
    private final BigDecimalField adjusted = new BigDecimalField();
    private final BigDecimalField executed = new BigDecimalField();
    private final TextArea budgetDeviation = new TextArea();
    /** 说明 of 全年执行数 above 全年预算数 (sense check), once 全年预算数 is filled, as the server checks it. */
    private final OverspendNote note = new OverspendNote("evaluation-execution-note", adjusted::getValue,
            () -> adjusted.getValue() == null ? null : executed.getValue(), "全年执行数", "全年预算数");
    private final TextArea goalsActual = new TextArea();
    private final TextArea conclusion = new TextArea();
    private final TextArea problems = new TextArea();
    private final TextArea improvements = new TextArea();
    private final Span budgetScore = new Span();
    private final Span total = new Span();
    private final List<EvaluationIndicatorRow> rows = new ArrayList<>();

    public SelfEvaluationView(SelfEvaluationService evaluations, SelfEvaluationReviews reviewActions,
                              ReviewService reviews, SelfEvaluationExport export, SelfEvaluationImport imports,
                              ProcessDiagramService diagrams, CurrentUserProvider currentUser, CaseProgress progress) {
        this.diagrams = diagrams;
        this.progress = progress;
        this.evaluations = evaluations;
        this.imports = imports;
        this.reviewActions = reviewActions;
        this.reviews = reviews;
        this.export = export;
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
            add(new NotFoundNotice(getTranslation("evaluation.notFound")));
        }
    }

    private void load(Long id) {
        detail = evaluations.get(user, id);
        removeAll();
        rows.clear();
        SelfEvaluation e = detail.evaluation();
        H2 title = new H2(getTranslation("evaluation.title", detail.target().getName()));
        title.setId("evaluation-title");
        Span status = new Span(getTranslation("status.SELF_EVALUATION." + e.getStatus().name()));
        status.setId("evaluation-status");
        status.getElement().getThemeList().add("badge");
        total.setId("evaluation-total");
        total.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(status, total);
        if (e.getReviewedTotal() != null) {
            Span reviewed = new Span(getTranslation("evaluation.reviewed", UiFormats.decimal(e.getReviewedTotal()),
                    e.getReviewedGrade()));
            reviewed.setId("evaluation-reviewed");
            head.add(reviewed);
        }
        head.add(new ExportLink(export, user, e.getId()));
        if (detail.editable()) {
            head.add(EvaluationImportDialog.opener(imports, user, e.getId(), () -> {
                unsaved.saved(); // the import replaced the form: what was typed here is superseded, not lost by accident
                load(id);
            }));
        }
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, new Paragraph(getTranslation("evaluation.round", String.valueOf(detail.round().getFiscalYear()),
                detail.target().getUnitName())), head);

        Span planned = new Span(getTranslation("evaluation.planned", UiFormats.money(e.getPlannedFunds())));
        money(adjusted, "evaluation-adjusted", "evaluation.adjusted", e.getAdjustedFunds());
        money(executed, "evaluation-executed", "evaluation.executed", e.getExecutedFunds());
        budgetScore.setId("evaluation-budget-score");
        text(budgetDeviation, "evaluation-budget-deviation", "evaluation.budgetDeviation", e.getBudgetDeviation());
        HorizontalLayout funds = new HorizontalLayout(adjusted, executed, budgetScore);
        funds.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.show(e.getExecutionNote(), e.getExecutedFunds());
        note.setReadOnly(!detail.editable());
        add(new H3(getTranslation("evaluation.funds")), planned, funds, note, budgetDeviation);

        Paragraph goals = new Paragraph(getTranslation("evaluation.goals", detail.target().getGoals() == null ? "—"
                : detail.target().getGoals()));
        goals.setId("evaluation-goals");
        text(goalsActual, "evaluation-goals-actual", "evaluation.goalsActual", e.getGoalsActual());
        add(new H3(getTranslation("evaluation.goalsTitle")), goals, goalsActual);

        add(new H3(getTranslation("evaluation.indicators")));
        for (int i = 0; i < detail.lines().size(); i++) {
            EvaluationIndicatorRow row = new EvaluationIndicatorRow(i, detail.lines().get(i), detail.editable(), this::recompute);
            rows.add(row);
            add(row);
        }
        text(conclusion, "evaluation-conclusion", "evaluation.conclusion", e.getConclusion());
        text(problems, "evaluation-problems", "evaluation.problems", e.getProblems());
        text(improvements, "evaluation-improvements", "evaluation.improvements", e.getImprovements());
        add(new H3(getTranslation("evaluation.report")), conclusion, problems, improvements);
        if (detail.editable()) {
            Button save = new Button(getTranslation("evaluation.save"), VaadinIcon.DISC.create(), ev -> note.confirmThen(() -> save(false)));
            save.setId("evaluation-save");
            Button submit = new Button(getTranslation("evaluation.submit"), VaadinIcon.PAPERPLANE.create(), ev -> note.confirmThen(() -> ConfirmAction.ask(
                    "confirm.submitTitle", getTranslation("confirm.submitEvaluation"), "confirm.submit", () -> save(true))));
            submit.setId("evaluation-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
        detail.openTask().filter(t -> !t.decisions().isEmpty()).ifPresent(task -> add(decisionPanel(task)));
        add(new HistoryTimeline(progress.of(user, SelfEvaluationService.SUBJECT_TYPE, id)),
                new ProcessDiagramPanel(diagrams, user, SelfEvaluationService.SUBJECT_TYPE, id));
        recompute();
    }

    private void money(BigDecimalField field, String id, String label, BigDecimal value) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMinWidth("12em"); // the label carries（万元）and shows in full
        field.setValue(value);
        field.setReadOnly(!detail.editable());
        EvaluationIndicatorRow.live(field, this::recompute);
        AmountFields.refuseNegative(field, getTranslation(label));
    }

    private void text(TextArea area, String id, String label, String value) {
        area.setId(id);
        area.setLabel(getTranslation(label));
        area.setWidthFull();
        area.setMaxLength(Limits.EVALUATION_TEXT);
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!detail.editable());
    }

    /** Live scores from what is on the screen, with the same engine and configuration as the server. */
    private void recompute() {
        if (detail == null) {
            return;
        }
        List<IndicatorInput> inputs = new ArrayList<>();
        rows.forEach(row -> inputs.add(row.input()));
        FormScoring.Result score = FormScoring.of(detail.config(), adjusted.getValue(), executed.getValue(), inputs);
        budgetScore.setText(score.budget() == null ? getTranslation("evaluation.budgetScorePending")
                : getTranslation("evaluation.budgetScore", UiFormats.decimal(score.budget().rate()),
                UiFormats.plain(score.budget().score())));
        budgetDeviation.setRequiredIndicatorVisible(score.budget() != null && score.budget().needsReason());
        note.follow();
        total.setText(score.total() == null ? getTranslation("evaluation.totalPending")
                : getTranslation("evaluation.total", UiFormats.plain(score.total()), score.grade().label(),
                score.outcome().label()));
        rows.forEach(row -> row.show(score.items().get(String.valueOf(row.indicatorId()))));
    }

    private void save(boolean submit) {
        rows.forEach(EvaluationIndicatorRow::clearErrors);
        List.<HasValidation>of(adjusted, executed, note, budgetDeviation, goalsActual, conclusion).forEach(f -> f.setInvalid(false));
        List<SelfEvaluationInput.Entry> entries = rows.stream().map(EvaluationIndicatorRow::entry).toList();
        Long id = detail.evaluation().getId();
        try {
            SelfEvaluationDetail saved = evaluations.save(user, id, new SelfEvaluationInput(detail.evaluation().getVersion(),
                    adjusted.getValue(), executed.getValue(), budgetDeviation.getValue(), goalsActual.getValue(), conclusion.getValue(),
                    problems.getValue(), improvements.getValue(), entries, note.getValue()));
            detail = saved;
            unsaved.saved();
            if (submit) {
                evaluations.submit(user, id, saved.evaluation().getVersion());
            }
            Notices.success(getTranslation(submit ? "evaluation.submitted" : "evaluation.saved"), "evaluation-done");
            load(id);
        } catch (ValidationException invalid) {
            if (submit) {
                detail = evaluations.get(user, id); // the draft was saved: keep its version
            }
            FirstError.focus(this);
            Notices.error(FieldErrors.summary(invalid, FieldErrors.place(invalid, this::fieldFor)), "evaluation-invalid");
        } catch (ConflictException | ForbiddenException conflict) {
            Notices.error(conflict.getMessage(), "evaluation-conflict");
        }
    }

    private HasValidation fieldFor(String path) {
        Map<String, HasValidation> top = new LinkedHashMap<>();
        top.put("adjustedFunds", adjusted);
        top.put("executedFunds", executed);
        top.put("budgetDeviation", budgetDeviation);
        top.put("executionNote", note);
        top.put("goalsActual", goalsActual);
        top.put("conclusion", conclusion);
        if (top.containsKey(path)) {
            return top.get(path);
        }
        Matcher m = INDICATOR_FIELD.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return null;
        }
        return rows.get(Integer.parseInt(m.group(1))).field(m.group(2));
    }

    private ReviewDecisionPanel decisionPanel(ReviewTask task) {
        ReviewDecisionPanel panel = new ReviewDecisionPanel(reviews, user, task,
                getTranslation("report.decision", task.name()))
                .announceAs(getTranslation("report.decided"))
                .beforeLeaving(unsaved::saved); // the decision and its opinion are recorded: nothing left to lose
        if (SelfEvaluationReviews.atFinanceStep(task)) {
            panel.addSection(new RescorePanel(reviewActions, user, detail, () -> load(detail.evaluation().getId())));
        }
        return panel;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("evaluation.pageTitle")
                : getTranslation("evaluation.title", detail.target().getName());
    }

    /** Unsaved edits are not lost by leaving by accident. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }
}
