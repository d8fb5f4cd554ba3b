package org.jixiao.targets.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.IndicatorKindRules;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.ui.UiFormats;

/**
 * Every editable part of a target: header, funds, spending plan, goals, annual tasks (department
 * kind) and indicators. Edits go straight into the given draft; {@link #draft()} is what to save.
 */
class TargetForm extends VerticalLayout {
    private static final List<String> ATTRIBUTES = List.of("新增", "延续");

    private final PerformanceTarget draft;
    private final Runnable onChange;
    private final Map<String, HasValidation> headerFields = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    private final RadioButtonGroup<TargetKind> kind = new RadioButtonGroup<>();
    private final IntegerField fiscalYear = new IntegerField();
    private final TextField name = new TextField();
    private final TextField projectCode = new TextField();
    private final Select<String> projectAttribute = new Select<>();
    private final TextField implementationPeriod = new TextField();
    private final BigDecimalField fiscalFunds = new BigDecimalField();
    private final BigDecimalField otherFunds = new BigDecimalField();
    private final Span totalFunds = new Span();
    private final TextArea fundUse = new TextArea();
    private final TextArea goals = new TextArea();
    private final TextArea periodGoals = new TextArea();
    private final SpendingPlanEditor spendingPlan;
    private final AnnualTaskEditor tasks;
    private final VerticalLayout tasksSection = new VerticalLayout();
    private final IndicatorEditor indicators;

    TargetForm(PerformanceTarget draft, List<String> requiredLevel1, IndicatorKindRules kindRules, Runnable onChange) {
        this.draft = draft;
        this.onChange = onChange;
        setPadding(false);
        setId("target-form");

        kind.setLabel(getTranslation("target.kind"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(draft.getKind());
        kind.addValueChangeListener(e -> changed(() -> draft.setKind(e.getValue())));
        kind.addValueChangeListener(e -> applyKind());
        register("kind", kind, "target-kind");

        fiscalYear.setLabel(getTranslation("target.fiscalYear"));
        fiscalYear.setValue(draft.getFiscalYear() == 0 ? null : draft.getFiscalYear());
        fiscalYear.setMin(2000);
        fiscalYear.setMax(2100);
        fiscalYear.setStepButtonsVisible(true);
        fiscalYear.setValueChangeMode(ValueChangeMode.LAZY);
        fiscalYear.addValueChangeListener(e -> changed(() -> draft.setFiscalYear(e.getValue() == null ? 0 : e.getValue())));
        register("fiscalYear", fiscalYear, "target-fiscal-year");
        // An adjustment stays in its target's year and kind (TargetDraftValidator.adjustment).
        kind.setReadOnly(draft.isAdjustment());
        fiscalYear.setReadOnly(draft.isAdjustment());

        text(name, "target.name", draft.getName(), draft::setName, "name", "target-name");
        text(projectCode, "target.projectCode", draft.getProjectCode(), draft::setProjectCode, "projectCode",
                "target-project-code");
        projectCode.setPlaceholder("13022524P00CL0E10035D");
        projectAttribute.setLabel(getTranslation("target.projectAttribute"));
        projectAttribute.setItems(merged(ATTRIBUTES, draft.getProjectAttribute()));
        projectAttribute.setItemLabelGenerator(a -> {
            if (a == null) {
                return "";
            }
            int known = ATTRIBUTES.indexOf(a);
            return known < 0 ? a : getTranslation(known == 0 ? "attribute.new" : "attribute.continuing");
        });
        projectAttribute.setEmptySelectionAllowed(true);
        projectAttribute.setValue(draft.getProjectAttribute());
        projectAttribute.addValueChangeListener(e -> changed(() -> draft.setProjectAttribute(e.getValue())));
        register("projectAttribute", projectAttribute, "target-project-attribute");
        text(implementationPeriod, "target.period", draft.getImplementationPeriod(), draft::setImplementationPeriod,
                "implementationPeriod", "target-period");
        implementationPeriod.setPlaceholder(getTranslation("target.periodPlaceholder"));

        money(fiscalFunds, "target.fiscalFunds", draft.getFiscalFunds(), "fiscalFunds", "target-fiscal-funds");
        fiscalFunds.addValueChangeListener(e -> changed(() -> draft.setFiscalFunds(e.getValue())));
        money(otherFunds, "target.otherFunds", draft.getOtherFunds(), "otherFunds", "target-other-funds");
        otherFunds.addValueChangeListener(e -> changed(() -> draft.setOtherFunds(e.getValue())));
        totalFunds.setId("target-total-funds");

        area(fundUse, "target.fundUse", draft.getFundUse(), draft::setFundUse, "fundUse", "target-fund-use");
        area(goals, "target.goals", draft.getGoals(), draft::setGoals, "goals", "target-goals");
        area(periodGoals, "target.periodGoals", draft.getPeriodGoals(), draft::setPeriodGoals, "periodGoals",
                "target-period-goals");

        // What the submission checks require carries the required mark (项目编码 only shows for project targets).
        for (HasValue<?, ?> required : List.of(kind, fiscalYear, name, projectCode, fiscalFunds, otherFunds, goals)) {
            required.setRequiredIndicatorVisible(true);
        }
        FormLayout header = new FormLayout();
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
        header.add(kind, 2);
        header.add(fiscalYear, 1);
        header.add(projectAttribute, 1);
        header.add(name, 2);
        header.add(projectCode, 1);
        header.add(implementationPeriod, 1);
        header.add(fiscalFunds, 1);
        header.add(otherFunds, 1);
        Span totalLabel = new Span(getTranslation("target.totalFunds"));
        totalLabel.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout total = new VerticalLayout(totalLabel, totalFunds);
        total.setPadding(false);
        total.setSpacing(false);
        header.add(total, 2);
        header.add(fundUse, 4);

        spendingPlan = new SpendingPlanEditor(draft.getSpendingPlan(), () -> changed(this::syncPlan));
        tasks = new AnnualTaskEditor(draft.getTasks(), () -> changed(() -> { }));
        tasksSection.setPadding(false);
        tasksSection.add(new H3(getTranslation("target.tasks")), tasks);
        indicators = new IndicatorEditor(draft.getIndicators(),
                IndicatorCategories.groups(requiredLevel1, draft.getIndicators()), kindRules, () -> changed(() -> { }));

        FormLayout goalsBox = new FormLayout(goals, periodGoals);
        goalsBox.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        add(new H3(getTranslation("target.section.header")), header,
                new H3(getTranslation("target.section.plan")), spendingPlan,
                new H3(getTranslation("target.section.goals")), goalsBox,
                tasksSection,
                new H3(getTranslation("target.section.indicators")), indicators);
        applyKind();
        showTotal();
    }

    PerformanceTarget draft() {
        syncPlan();
        return draft;
    }

    private void syncPlan() {
        draft.setSpendingPlan(spendingPlan.points());
    }

    private void applyKind() {
        boolean project = kind.getValue() != TargetKind.DEPARTMENT;
        projectCode.setVisible(project);
        projectAttribute.setVisible(project);
        implementationPeriod.setVisible(project);
        fundUse.setVisible(project);
        periodGoals.setVisible(project);
        tasksSection.setVisible(!project);
        goals.setLabel(getTranslation(project ? "target.goals" : "target.overallGoals"));
    }

    private void changed(Runnable apply) {
        apply.run();
        showTotal();
        onChange.run();
    }

    private void showTotal() {
        totalFunds.setText(UiFormats.money(draft.totalFunds()) + " " + getTranslation("unit.wanyuan"));
    }

    /** Marks the inputs the violations point at; violations without an input are only listed. */
    void showViolations(List<FieldViolation> violations) {
        clearViolations();
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            HasValidation field = fieldFor(v.field());
            if (field != null) {
                messages.merge(field, v.message(), (a, b) -> a + "；" + b);
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
            marked.add(field);
        });
    }

    void clearViolations() {
        marked.forEach(f -> f.setInvalid(false));
        marked.clear();
    }

    private HasValidation fieldFor(String path) {
        FieldPath p = FieldPath.parse(path);
        if (p.isTopLevel()) {
            return headerFields.get(p.property());
        }
        if (p.index() == null) {
            return null;
        }
        return switch (p.list()) {
            case "spendingPlan" -> spendingPlan.field(p.index(), p.property());
            case "tasks" -> tasks.field(p.index(), p.property());
            case "indicators" -> indicators.field(p.index(), p.property());
            default -> null;
        };
    }

    private void register(String path, HasValidation field, String id) {
        headerFields.put(path, field);
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private void text(TextField field, String labelKey, String value, Consumer<String> setter, String path, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(Objects.requireNonNullElse(value, ""));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed(() -> setter.accept(e.getValue())));
        register(path, field, id);
    }

    private void area(TextArea field, String labelKey, String value, Consumer<String> setter, String path, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(Objects.requireNonNullElse(value, ""));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMinHeight("90px");
        field.addValueChangeListener(e -> changed(() -> setter.accept(e.getValue())));
        register(path, field, id);
    }

    private void money(BigDecimalField field, String labelKey, java.math.BigDecimal value, String path, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(value);
        field.setSuffixComponent(new Span(getTranslation("unit.wanyuan")));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        register(path, field, id);
    }

    private static List<String> merged(List<String> base, String extra) {
        List<String> all = new ArrayList<>(base);
        if (extra != null && !all.contains(extra)) {
            all.add(extra);
        }
        return all;
    }
}
