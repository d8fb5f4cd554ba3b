package org.jixiao.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.ScoringConfigService;
import org.jixiao.evaluation.internal.ScoringSetting;
import org.jixiao.evaluation.scoring.GradeBands;
import org.jixiao.evaluation.scoring.LowerIsBetterFormula;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;
import org.jixiao.ui.UiFormats;

/**
 * 自评评分规则设置: the ADMIN of a finance bureau sets, per fiscal year, how self-evaluations are scored (budget and
 * indicator points, points per 一级指标, the lower-is-better formula, grade bands and results application). Like the
 * thresholds screen, the service validates (per field, shown under the field) and refuses a stale version (shown as
 * a notice that keeps the edits on the page).
 */
@Route("settings/scoring")
@RolesAllowed("ADMIN")
class ScoringConfigView extends VerticalLayout implements HasDynamicTitle {
    private static final Pattern WEIGHT_FIELD = Pattern.compile("weights\\[(\\d+)]\\.(level1|weight)");

    private final ScoringConfigService service;
    private final CurrentUser user;

    private final IntegerField year = SettingsForms.yearField(getTranslation("scoring.year"), "scoring-year", this::load);
    private final Paragraph state = SettingsForms.stateLine("scoring-state");
    private final BigDecimalField budgetPoints = points("scoring.budgetPoints", "scoring-budget-points");
    private final BigDecimalField indicatorTotal = points("scoring.indicatorTotal", "scoring-indicator-total");
    private final WeightEditor weights = new WeightEditor(indicatorTotal::getValue);
    private final RadioButtonGroup<LowerIsBetterFormula> lowerIsBetter = new RadioButtonGroup<>();
    private final BigDecimalField excellentFrom = points("scoring.excellentFrom", "scoring-excellent-from");
    private final BigDecimalField goodFrom = points("scoring.goodFrom", "scoring-good-from");
    private final BigDecimalField fairFrom = points("scoring.fairFrom", "scoring-fair-from");
    private final Div gradeLegend = new Div();
    private final OutcomeFields outcomes = new OutcomeFields();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** The version read; the next save is an update of exactly this version. */
    private int version;
    private final SettingsForms.ConflictNotice conflict = new SettingsForms.ConflictNotice("scoring");

    public ScoringConfigView(ScoringConfigService service, CurrentUserProvider currentUser) {
        this.service = service;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("900px");
        addClassName("scoring-config");


        indicatorTotal.addValueChangeListener(e -> weights.sum());

        lowerIsBetter.setLabel(getTranslation("scoring.lowerIsBetter"));
        lowerIsBetter.setId("scoring-lower-is-better");
        lowerIsBetter.setItems(LowerIsBetterFormula.values());
        lowerIsBetter.setItemLabelGenerator(f -> getTranslation("scoring.formula." + f.name()));
        lowerIsBetter.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        List.of(excellentFrom, goodFrom, fairFrom).forEach(f -> f.addValueChangeListener(e -> legend()));
        gradeLegend.setId("scoring-legend-grades");

        fields.put("fiscalYear", year);
        fields.put("budgetPoints", budgetPoints);
        fields.put("indicatorTotal", indicatorTotal);
        fields.put("weights", weights.error());
        fields.put("lowerIsBetter", lowerIsBetter);
        fields.put("excellentFrom", excellentFrom);
        fields.put("goodFrom", goodFrom);
        fields.put("fairFrom", fairFrom);

        Button save = new Button(getTranslation("scoring.save"), VaadinIcon.DISC.create(), e -> save());
        save.setId("scoring-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout totals = SettingsForms.form(budgetPoints, indicatorTotal);
        FormLayout bands = new FormLayout(excellentFrom, goodFrom, fairFrom);
        bands.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        Paragraph explain = new Paragraph(getTranslation("scoring.explain"));
        explain.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        add(year, state, heading("scoring.points"), totals, heading("scoring.weights"), weights, heading("scoring.formula"), lowerIsBetter,
                heading("scoring.grades"), bands, legendBox(gradeLegend), heading("scoring.outcomes"), outcomes,
                explain, save);
        load();
    }

    /** Reads the year's setting (or the defaults) into the fields; edits on the page are replaced. */
    private void load() {
        conflict.close();
        clearErrors();
        ScoringSetting setting;
        try {
            setting = service.setting(user, year.getValue());
        } catch (ValidationException | ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "scoring-error");
            return;
        }
        show(setting);
    }

    private void show(ScoringSetting setting) {
        ScoringConfig c = setting.config();
        budgetPoints.setValue(clean(c.budgetPoints()));
        indicatorTotal.setValue(clean(c.indicatorTotal()));
        weights.show(c.weights());
        lowerIsBetter.setValue(c.lowerIsBetter());
        excellentFrom.setValue(clean(c.gradeBands().excellentFrom()));
        goodFrom.setValue(clean(c.gradeBands().goodFrom()));
        fairFrom.setValue(clean(c.gradeBands().fairFrom()));
        outcomes.show(c);
        version = setting.getVersion();
        showState(setting);
        legend();
    }

    private void showState(ScoringSetting setting) {
        String yearText = String.valueOf(setting.getFiscalYear());
        state.setText(setting.isConfigured()
                ? getTranslation("scoring.configured", yearText, setting.getUpdatedBy() == null ? "" : setting.getUpdatedBy(),
                UiFormats.time(setting.getUpdatedAt()), setting.getVersion())
                : getTranslation("scoring.defaults", yearText));
    }

    private ScoringConfig config() {
        return new ScoringConfig(budgetPoints.getValue(), indicatorTotal.getValue(), weights.weights(),
                lowerIsBetter.getValue(), new GradeBands(excellentFrom.getValue(), goodFrom.getValue(), fairFrom.getValue()),
                outcomes.outcomes());
    }

    private void save() {
        clearErrors();
        try {
            ScoringSetting saved = service.save(user, year.getValue(), config(), version);
            conflict.close();
            // shown as stored (names in their canonical spelling), so what is on the page is what scores
            show(saved);
            SettingsForms.notify(getTranslation("scoring.saved", String.valueOf(saved.getFiscalYear()), saved.getVersion()),
                    NotificationVariant.LUMO_SUCCESS, "scoring-saved");
        } catch (ValidationException invalid) {
            showErrors(invalid);
        } catch (ConflictException stale) {
            showConflict(stale);
        } catch (ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "scoring-error");
        }
    }

    /** Each violation under its field; one without a field of its own (e.g. version) goes into the notice. */
    private void showErrors(ValidationException invalid) {
        String unplaced = SettingsForms.placeErrors(invalid, this::fieldOf);
        SettingsForms.notify(getTranslation("scoring.invalid", invalid.getMessage(), invalid.violations().size())
                + unplaced, NotificationVariant.LUMO_ERROR, "scoring-invalid");
    }

    private HasValidation fieldOf(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = WEIGHT_FIELD.matcher(name);
        if (m.matches()) {
            return weights.field(Integer.parseInt(m.group(1)), m.group(2));
        }
        HasValidation outcome = outcomes.field(name);
        return outcome != null ? outcome : fields.get(name);
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
        weights.clearErrors();
        outcomes.clearErrors();
    }

    /** 优 ≥ x > 良 ≥ y > 中 ≥ z > 差, from what is typed now. */
    private void legend() {
        gradeLegend.setText(getTranslation("scoring.legendGrades", plain(excellentFrom), plain(goodFrom), plain(fairFrom)));
    }

    private static String plain(BigDecimalField field) {
        BigDecimal value = field.getValue();
        return value == null ? "?" : UiFormats.plain(value);
    }

    /** 10.00 from the database shows as 10, as the defaults do. */
    static BigDecimal clean(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void showConflict(ConflictException stale) {
        conflict.show(getTranslation("scoring.conflict", stale.getMessage()), getTranslation("scoring.reload"), this::load);
    }

    private BigDecimalField points(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Div(getTranslation("scoring.pointsUnit")));
        return field;
    }

    private H3 heading(String key) {
        return SettingsForms.heading(getTranslation(key));
    }

    private static Div legendBox(Div legend) {
        return SettingsForms.legendBox(legend);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.title");
    }
}
