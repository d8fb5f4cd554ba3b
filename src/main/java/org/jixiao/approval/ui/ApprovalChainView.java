package org.jixiao.approval.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.approval.chain.ApprovalChains;
import org.jixiao.approval.chain.ChainSetting;
import org.jixiao.approval.chain.ChainType;
import org.jixiao.approval.chain.ChainValidator;
import org.jixiao.approval.chain.StepDraft;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.SettingsForms;
import org.jixiao.ui.UiFormats;

/**
 * 审核流程设置 (issue 13 §1): the ADMIN of a finance bureau edits, per fiscal year and kind of subject, the ordered
 * steps of the review chain. Like the other settings screens, the service validates (each message under its field)
 * and refuses a stale version with a notice that keeps the edits. Reviews under way keep the chain they started with.
 */
@Route("settings/approval-chains")
@RolesAllowed("ADMIN")
public class ApprovalChainView extends VerticalLayout implements HasDynamicTitle {
    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(\\w+)");

    private final ApprovalChains chains;
    private final CurrentUser user;
    private final IntegerField year = SettingsForms.yearField(getTranslation("chain.year"), "chain-year", this::load);
    private final Select<ChainType> type = new Select<>();
    private final Paragraph state = SettingsForms.stateLine("chain-state");
    private final VerticalLayout rows = new VerticalLayout();
    private final List<ChainStepEditor> steps = new ArrayList<>();
    private final Button add = new Button(getTranslation("chain.add"), VaadinIcon.PLUS.create(), e -> addStep());
    private final Button save = new Button(getTranslation("chain.save"), VaadinIcon.DISC.create(), e -> save());
    private final Map<Long, String> desks = new LinkedHashMap<>();
    private final SettingsForms.ConflictNotice conflict = new SettingsForms.ConflictNotice("chain");
    /** The version read; the next save is an update of exactly this version. */
    private int version;

    public ApprovalChainView(ApprovalChains chains, CurrentUserProvider currentUser) {
        this.chains = chains;
        this.user = currentUser.require();
        setWidthFull();
        setMaxWidth("1200px");
        type.setLabel(getTranslation("chain.type"));
        type.setId("chain-type");
        type.setItems(ChainType.values());
        type.setItemLabelGenerator(t -> getTranslation("chain.type." + t.name()));
        type.setValue(ChainType.TARGET_PROJECT);
        type.addValueChangeListener(e -> load());
        rows.setPadding(false);
        rows.setId("chain-steps");
        add.setId("chain-add");
        save.setId("chain-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Paragraph explain = new Paragraph(getTranslation("chain.explain"));
        explain.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        try {
            chains.desks(user).forEach(d -> desks.put(d.getId(), d.getName()));
        } catch (ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "chain-error");
        }
        add(year, type, state, rows, add, explain, save);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.title");
    }

    private void load() {
        conflict.close();
        try {
            show(chains.setting(user, year.getValue(), type.getValue() == null ? null : type.getValue().name()));
        } catch (ValidationException | ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "chain-error");
        }
    }

    private void show(ChainSetting setting) {
        version = setting.version();
        steps.clear();
        setting.steps().forEach(s -> steps.add(editor(StepDraft.of(s))));
        redraw();
        String yearText = String.valueOf(setting.fiscalYear());
        state.setText((setting.configured()
                ? getTranslation("chain.configured", yearText, setting.updatedBy(), UiFormats.time(setting.updatedAt()),
                setting.version())
                : getTranslation("chain.defaults", yearText))
                + (setting.configurable() ? "" : " " + getTranslation("chain.fixed")));
        add.setEnabled(setting.configurable());
        save.setEnabled(setting.configurable());
    }

    private ChainStepEditor editor(StepDraft draft) {
        ChainStepEditor editor = new ChainStepEditor(draft, desks);
        // the 88号 sheet grades targets only: a report's or self-evaluation's steps do not offer it
        editor.grading.setVisible(type.getValue() == null || type.getValue().gradable());
        editor.up.addClickListener(e -> move(editor, -1));
        editor.down.addClickListener(e -> move(editor, 1));
        editor.remove.addClickListener(e -> {
            steps.remove(editor);
            redraw();
        });
        return editor;
    }

    private void addStep() {
        if (steps.size() >= ChainValidator.MAX_STEPS) {
            SettingsForms.notify(getTranslation("chain.tooMany", ChainValidator.MAX_STEPS), NotificationVariant.LUMO_ERROR,
                    "chain-error");
            return;
        }
        steps.add(editor(new StepDraft("step" + (steps.size() + 1), "", null, "FINANCE", null, false, null, true,
                false)));
        redraw();
    }

    private void move(ChainStepEditor editor, int by) {
        int from = steps.indexOf(editor);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < steps.size()) {
            steps.remove(from);
            steps.add(to, editor);
            redraw();
        }
    }

    private void redraw() {
        rows.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            ChainStepEditor step = steps.get(i);
            step.index(i);
            step.up.setEnabled(i > 0);
            step.down.setEnabled(i < steps.size() - 1);
            rows.add(step);
        }
        if (steps.isEmpty()) {
            rows.add(new Paragraph(getTranslation("chain.empty")));
        }
    }

    private void save() {
        steps.forEach(ChainStepEditor::clearErrors);
        try {
            ChainSetting saved = chains.save(user, year.getValue(), type.getValue() == null ? null
                    : type.getValue().name(), steps.stream().map(ChainStepEditor::draft).toList(), version);
            conflict.close();
            show(saved);
            SettingsForms.notify(getTranslation("chain.saved", String.valueOf(saved.fiscalYear()), saved.version()),
                    NotificationVariant.LUMO_SUCCESS, "chain-saved");
        } catch (ValidationException invalid) {
            String unplaced = SettingsForms.placeErrors(invalid, this::fieldOf);
            SettingsForms.notify(getTranslation("chain.invalid", invalid.getMessage(), invalid.violations().size())
                    + unplaced, NotificationVariant.LUMO_ERROR, "chain-invalid");
        } catch (ConflictException stale) {
            conflict.show(stale.getMessage(), getTranslation("chain.reload"), this::load);
        } catch (ForbiddenException refused) {
            SettingsForms.notify(refused.getMessage(), NotificationVariant.LUMO_ERROR, "chain-error");
        } finally {
            save.setEnabled(type.getValue() == null || type.getValue().configurable());
        }
    }

    private HasValidation fieldOf(String name) {
        Matcher m = name == null ? null : STEP_FIELD.matcher(name);
        if (m == null || !m.matches()) {
            return "fiscalYear".equals(name) ? year : null;
        }
        int index = Integer.parseInt(m.group(1));
        return index < steps.size() ? steps.get(index).field(m.group(2)) : null;
    }
}
