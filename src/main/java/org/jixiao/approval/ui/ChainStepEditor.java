package org.jixiao.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.approval.chain.ChainLevel;
import org.jixiao.approval.chain.ChainValidator;
import org.jixiao.approval.chain.StepDraft;

/**
 * One step of the chain being edited: key, name, level (which decides the role), desk for a desk step (the one in
 * charge of the subject's department unless named), deadline and options, with move and remove buttons. The
 * validator's messages land under the field they name ({@code steps[i].<field>}).
 */
class ChainStepEditor extends Composite<HorizontalLayout> {
    /** The desk choice "the desk in charge of the subject's department" (no desk id). */
    static final Long IN_CHARGE = -1L;

    final TextField key = new TextField();
    final TextField name = new TextField();
    final Select<ChainLevel> level = new Select<>();
    final Select<Long> desk = new Select<>();
    final IntegerField slaDays = new IntegerField();
    final Checkbox grading = new Checkbox();
    final Checkbox mayReturn = new Checkbox();
    final Checkbox opinionRequired = new Checkbox();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    ChainStepEditor(StepDraft step, Map<Long, String> desks) {
        key.setLabel(getTranslation("chain.step.key"));
        key.setMaxLength(ChainValidator.MAX_KEY);
        key.setWidth("8em");
        name.setLabel(getTranslation("chain.step.name"));
        name.setMaxLength(ChainValidator.MAX_NAME);
        name.setWidth("12em");
        level.setLabel(getTranslation("chain.step.level"));
        level.setItems(ChainLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("chain.level." + l.name()));
        level.setWidth("9em");
        desk.setLabel(getTranslation("chain.step.desk"));
        List<Long> choices = new ArrayList<>(List.of(IN_CHARGE));
        choices.addAll(desks.keySet());
        desk.setItems(choices);
        desk.setItemLabelGenerator(id -> IN_CHARGE.equals(id) ? getTranslation("chain.desk.inCharge") : desks.get(id));
        desk.setWidth("11em");
        level.addValueChangeListener(e -> desk.setEnabled(e.getValue() == ChainLevel.DESK));
        slaDays.setLabel(getTranslation("chain.step.slaDays"));
        slaDays.setMin(1);
        slaDays.setMax(ChainValidator.MAX_SLA_DAYS);
        slaDays.setWidth("6em");
        grading.setLabel(getTranslation("chain.step.grading"));
        mayReturn.setLabel(getTranslation("chain.step.mayReturn"));
        opinionRequired.setLabel(getTranslation("chain.step.opinionRequired"));
        up.setAriaLabel(getTranslation("chain.step.up"));
        down.setAriaLabel(getTranslation("chain.step.down"));
        remove.setAriaLabel(getTranslation("chain.step.remove"));
        List.of(up, down, remove).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);

        key.setValue(step.key() == null ? "" : step.key());
        name.setValue(step.name() == null ? "" : step.name());
        level.setValue(step.level() == null ? ChainLevel.FINANCE : ChainLevel.valueOf(step.level()));
        desk.setValue(step.deskId() == null || !desks.containsKey(step.deskId()) ? IN_CHARGE : step.deskId());
        desk.setEnabled(level.getValue() == ChainLevel.DESK);
        slaDays.setValue(step.slaDays());
        grading.setValue(Boolean.TRUE.equals(step.grading()));
        mayReturn.setValue(step.mayReturn() == null || step.mayReturn());
        opinionRequired.setValue(Boolean.TRUE.equals(step.opinionRequired()));

        HorizontalLayout row = getContent();
        row.addClassName("chain-step");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        row.add(key, name, level, desk, slaDays, grading, mayReturn, opinionRequired, up, down, remove);
    }

    /** Ids by position ({@code chain-step-2-name}), set again whenever the steps are reordered. */
    void index(int i) {
        setId("chain-step-" + i);
        key.setId("chain-step-" + i + "-key");
        name.setId("chain-step-" + i + "-name");
        level.setId("chain-step-" + i + "-level");
        desk.setId("chain-step-" + i + "-desk");
        slaDays.setId("chain-step-" + i + "-sla");
        remove.setId("chain-step-" + i + "-remove");
    }

    /** The step as typed; the role follows the level (each level has exactly one reviewing role). */
    StepDraft draft() {
        ChainLevel l = level.getValue();
        Long deskId = l == ChainLevel.DESK && desk.getValue() != null && !IN_CHARGE.equals(desk.getValue())
                ? desk.getValue() : null;
        return new StepDraft(key.getValue(), name.getValue(), l == null ? null : l.role().name(),
                l == null ? null : l.name(), deskId, grading.getValue(), slaDays.getValue(), mayReturn.getValue(),
                opinionRequired.getValue());
    }

    /** The field a violation names ({@code key}, {@code name}, {@code role}/{@code level}, …), if shown here. */
    HasValidation field(String name) {
        return switch (name) {
            case "key" -> key;
            case "name" -> this.name;
            case "role", "level" -> level;
            case "deskId" -> desk;
            case "slaDays" -> slaDays;
            default -> null;
        };
    }

    void clearErrors() {
        key.setInvalid(false);
        name.setInvalid(false);
        slaDays.setInvalid(false);
        level.setInvalid(false);
        desk.setInvalid(false);
    }
}
