package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jixiao.evaluation.SelfEvaluation;
import org.jixiao.evaluation.SelfEvaluationDetail;
import org.jixiao.evaluation.SelfEvaluationExport;
import org.jixiao.evaluation.SelfEvaluationInput;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.scoring.FormScoring;
import org.jixiao.evaluation.scoring.IndicatorInput;
import org.jixiao.evaluation.scoring.ItemScore;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.Indicator;
import org.jixiao.ui.NotFoundNotice;
import org.jixiao.ui.UiFormats;
import org.jixiao.ui.ConfirmAction;
import org.jixiao.ui.FirstError;
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
public class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    private final UnsavedChangesGuard unsaved = new UnsavedChangesGuard(this);
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");

    private final SelfEvaluationService evaluations;
    private final ReviewService reviews;
    private final SelfEvaluationExport export;
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
    private final List<Row> rows = new ArrayList<>();

    /** One indicator's inputs and its live score. */
    private record Row(Indicator indicator, BigDecimalField actual, Select<QualitativeGrade> grade,
                       BigDecimalField score, TextArea deviation, Span result) {
    }

    public SelfEvaluationView(SelfEvaluationService evaluations, ReviewService reviews, SelfEvaluationExport export,
                              CurrentUserProvider currentUser) {
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.export = export;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("1200px");
    }

    private Anchor exportLink(Long id) {
        Anchor link = new Anchor(exportHandler(id), AttachmentType.DOWNLOAD, "");
        link.setId("evaluation-export");
        Button button = new Button(getTranslation("evaluation.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    /** Scope is checked again at download time: the screen may have been open since the user lost access. */
    private DownloadHandler exportHandler(Long id) {
        CurrentUser caller = user;
        return event -> {
            SelfEvaluationExport.File file = export.export(caller, id);
            event.setFileName(file.fileName());
            event.setContentType(SelfEvaluationExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
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
        head.add(exportLink(e.getId()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, new Paragraph(getTranslation("evaluation.round", String.valueOf(detail.round().getFiscalYear()),
                detail.target().getUnitName())), head);

        Span planned = new Span(getTranslation("evaluation.planned", UiFormats.decimal(e.getPlannedFunds())));
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
            add(row(i, detail.lines().get(i)));
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
        add(new HistoryTimeline(evaluations.history(user, id)));
        recompute();
    }

    private Div row(int i, SelfEvaluationDetail.Line line) {
        Indicator indicator = line.indicator();
        Span name = new Span(indicator.getLevel1() + " › " + indicator.getLevel2() + " › " + indicator.getName()
                + "　" + getTranslation("evaluation.target", indicator.getValueText() == null ? "" : indicator.getValueText(),
                UiFormats.plain(indicator.getWeight())));
        name.getStyle().set("font-weight", "600");
        BigDecimalField actual = new BigDecimalField(getTranslation("evaluation.actual"));
        Select<QualitativeGrade> grade = new Select<>();
        BigDecimalField score = new BigDecimalField(getTranslation("evaluation.score"));
        HorizontalLayout inputs = new HorizontalLayout();
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (indicator.getComparator() == null) {
            grade.setId("evaluation-" + i + "-grade");
            grade.setLabel(getTranslation("evaluation.grade"));
            grade.setItems(QualitativeGrade.values());
            grade.setItemLabelGenerator(g -> g == null ? "" : g.label() + " " + g.band(indicator.getWeight()));
            grade.setEmptySelectionAllowed(true);
            grade.setValue(line.row().getGrade());
            grade.addValueChangeListener(ev -> recompute());
            score.setId("evaluation-" + i + "-score");
            score.setValue(line.row().getGrade() == null ? null : line.row().getSelfScore());
            live(score);
            inputs.add(grade, score);
        } else {
            actual.setId("evaluation-" + i + "-actual");
            actual.setValue(line.row().getActual() == null ? null : line.row().getActual().stripTrailingZeros());
            live(actual);
            inputs.add(actual, new Span(indicator.getUnit() == null ? "" : indicator.getUnit()));
        }
        Span result = new Span();
        result.setId("evaluation-" + i + "-result");
        inputs.add(result);
        TextArea deviation = new TextArea(getTranslation("evaluation.deviation"));
        deviation.setId("evaluation-" + i + "-deviation");
        deviation.setWidthFull();
        deviation.setMaxLength(Limits.OPINION);
        deviation.setValue(line.row().getDeviation() == null ? "" : line.row().getDeviation());
        for (var field : List.of(actual, score)) {
            field.setReadOnly(!detail.editable());
        }
        grade.setReadOnly(!detail.editable());
        deviation.setReadOnly(!detail.editable());
        Div box = new Div(name, inputs, deviation);
        if (line.row().getReviewedScore() != null) {
            Paragraph reviewed = new Paragraph(getTranslation("evaluation.rowReviewed",
                    UiFormats.plain(line.row().getReviewedScore()), line.row().getReviewReason()));
            reviewed.setId("evaluation-" + i + "-reviewed");
            box.add(reviewed);
        }
        box.setId("evaluation-indicator-" + i);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        rows.add(new Row(indicator, actual, grade, score, deviation, result));
        return box;
    }

    private void live(BigDecimalField field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> recompute());
    }

    private void money(BigDecimalField field, String id, String label, BigDecimal value) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setValue(value);
        field.setReadOnly(!detail.editable());
        live(field);
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
        for (int i = 0; i < rows.size(); i++) {
            inputs.add(withEntered(detail.lines().get(i), rows.get(i)));
        }
        FormScoring.Result score = FormScoring.of(detail.config(), adjusted.getValue(), executed.getValue(), inputs);
        budgetScore.setText(score.budget() == null ? getTranslation("evaluation.budgetScorePending")
                : getTranslation("evaluation.budgetScore", UiFormats.decimal(score.budget().rate()),
                UiFormats.plain(score.budget().score())));
        budgetDeviation.setRequiredIndicatorVisible(score.budget() != null && score.budget().needsReason());
        note.follow();
        total.setText(score.total() == null ? getTranslation("evaluation.totalPending")
                : getTranslation("evaluation.total", UiFormats.plain(score.total()), score.grade().label(),
                score.outcome().label()));
        for (Row row : rows) {
            ItemScore item = score.items().get(String.valueOf(row.indicator().getId()));
            row.result().setText(item == null ? "—" : getTranslation("evaluation.itemScore", UiFormats.plain(item.score()),
                    UiFormats.plain(row.indicator().getWeight()), item.rule()));
            row.deviation().setRequiredIndicatorVisible(item != null && item.belowFull());
        }
    }

    private static IndicatorInput withEntered(SelfEvaluationDetail.Line line, Row row) {
        Indicator i = line.indicator();
        String key = String.valueOf(i.getId());
        return i.getComparator() == null
                ? IndicatorInput.qualitative(key, i.getLevel1(), i.getWeight(), row.grade().getValue(), row.score().getValue())
                : IndicatorInput.quantitative(key, i.getLevel1(), i.getComparator(), i.getValue(), i.getWeight(),
                line.rule(), row.actual().getValue());
    }

    private void save(boolean submit) {
        rows.forEach(r -> List.<HasValidation>of(r.actual(), r.grade(), r.score(), r.deviation()).forEach(f -> f.setInvalid(false)));
        List.<HasValidation>of(adjusted, executed, note, budgetDeviation, goalsActual, conclusion).forEach(f -> f.setInvalid(false));
        List<SelfEvaluationInput.Entry> entries = new ArrayList<>();
        for (Row r : rows) {
            boolean qualitative = r.indicator().getComparator() == null;
            entries.add(new SelfEvaluationInput.Entry(r.indicator().getId(), qualitative ? null : r.actual().getValue(),
                    qualitative ? r.grade().getValue() : null, qualitative ? r.score().getValue() : null,
                    r.deviation().getValue()));
        }
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
            notify(getTranslation(submit ? "evaluation.submitted" : "evaluation.saved"), NotificationVariant.LUMO_SUCCESS,
                    "evaluation-done");
            load(id);
        } catch (ValidationException invalid) {
            if (submit) {
                detail = evaluations.get(user, id); // the draft was saved: keep its version
            }
            FirstError.focus(this);
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
            notify(invalid.getMessage() + (unplaced.isEmpty() ? "" : "：" + String.join("；", unplaced)),
                    NotificationVariant.LUMO_ERROR, "evaluation-invalid");
        } catch (ConflictException | ForbiddenException conflict) {
            notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR, "evaluation-conflict");
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
        Row row = rows.get(Integer.parseInt(m.group(1)));
        return switch (m.group(2)) {
            case "actual" -> row.actual();
            case "grade" -> row.grade();
            case "score" -> row.score();
            case "deviation" -> row.deviation();
            default -> null;
        };
    }

    private VerticalLayout decisionPanel(ReviewTask task) {
        TextArea opinion = new TextArea(getTranslation("review.opinion"));
        opinion.setId("review-opinion");
        opinion.setWidthFull();
        HorizontalLayout buttons = new HorizontalLayout();
        if (task.decisions().contains(ReviewDecision.APPROVE)) {
            Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                    e -> decide(() -> reviews.approve(task.id(), user, opinion.getValue()), opinion));
            approve.setId("review-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(approve);
        }
        if (task.decisions().contains(ReviewDecision.RETURN)) {
            Button giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create(),
                    e -> decide(() -> reviews.returnToDrafter(task.id(), user, opinion.getValue()), opinion));
            giveBack.setId("review-return");
            giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(giveBack);
        }
        VerticalLayout panel = new VerticalLayout(new H3(getTranslation("report.decision", task.name())), opinion, buttons);
        if ("Task_ReviewByFinanceBureau".equals(task.taskKey())) {
            panel.add(rescorePanel());
        }
        panel.setId("review-decision");
        panel.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return panel;
    }

    private HorizontalLayout rescorePanel() {
        Select<Indicator> which = new Select<>();
        which.setId("rescore-indicator");
        which.setLabel(getTranslation("evaluation.rescore.indicator"));
        which.setItems(detail.lines().stream().map(SelfEvaluationDetail.Line::indicator).toList());
        which.setItemLabelGenerator(i -> i == null ? "" : i.getName());
        BigDecimalField score = new BigDecimalField(getTranslation("evaluation.rescore.score"));
        score.setId("rescore-score");
        TextArea reason = new TextArea(getTranslation("evaluation.rescore.reason"));
        reason.setId("rescore-reason");
        Button apply = new Button(getTranslation("evaluation.rescore"), VaadinIcon.EDIT.create(), e -> {
            try {
                evaluations.rescore(user, detail.evaluation().getId(), which.getValue() == null ? null
                        : which.getValue().getId(), score.getValue(), reason.getValue(), null);
                notify(getTranslation("evaluation.rescored"), NotificationVariant.LUMO_SUCCESS, "evaluation-done");
                load(detail.evaluation().getId());
            } catch (ValidationException invalid) {
                notify(invalid.violations().isEmpty() ? invalid.getMessage() : invalid.violations().get(0).message(),
                        NotificationVariant.LUMO_ERROR, "evaluation-invalid");
            } catch (ConflictException refused) {
                notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "evaluation-conflict");
            }
        });
        apply.setId("rescore-apply");
        HorizontalLayout panel = new HorizontalLayout(which, score, reason, apply);
        panel.setAlignItems(FlexComponent.Alignment.BASELINE);
        return panel;
    }

    private void decide(Runnable action, TextArea opinion) {
        try {
            action.run();
            notify(getTranslation("report.decided"), NotificationVariant.LUMO_SUCCESS, "review-done-notification");
            unsaved.saved(); // the decision and its opinion are recorded: nothing left to lose
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            opinion.setErrorMessage(invalid.violations().isEmpty() ? invalid.getMessage() : invalid.violations().get(0).message());
            opinion.setInvalid(true);
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            notify(gone.getMessage(), NotificationVariant.LUMO_ERROR, "review-error-notification");
        }
    }

    private static void notify(String message, NotificationVariant variant, String id) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId(id);
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
