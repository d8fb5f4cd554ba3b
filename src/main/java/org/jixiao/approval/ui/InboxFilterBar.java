package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jixiao.approval.Inbox;
import org.jixiao.approval.InboxChoice;
import org.jixiao.approval.InboxItem;
import org.jixiao.approval.InboxQuery;
import org.jixiao.common.Limits;
import org.jixiao.org.CurrentUser;

/**
 * The filters of 待办: type, year, round, unit or department, light, overdue, and text in the name or code. Every
 * change gives a new {@link InboxQuery}, read with the same rules as the REST parameters.
 */
class InboxFilterBar extends FlexLayout {
    private static final String ALL = "";

    private final Select<String> type = new Select<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<InboxChoice> round = new ComboBox<>();
    private final ComboBox<InboxChoice> org = new ComboBox<>();
    private final Select<String> light = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Consumer<InboxQuery> changed;
    private final Set<String> types;

    InboxFilterBar(Inbox inbox, CurrentUser user, Consumer<InboxQuery> changed) {
        this.changed = changed;
        this.types = inbox.types();
        setId("inbox-filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");

        List<String> typeChoices = new ArrayList<>(List.of(ALL));
        typeChoices.addAll(types);
        type.setId("inbox-filter-type");
        type.setLabel(getTranslation("inbox.filter.type"));
        type.setItems(typeChoices);
        type.setValue(ALL);
        type.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("inbox.filter.all") : InboxCells.type(this, t));
        type.setWidth("130px");

        year.setId("inbox-filter-year");
        year.setLabel(getTranslation("inbox.filter.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setWidth("100px");
        year.setValueChangeMode(ValueChangeMode.LAZY);

        round.setId("inbox-filter-round");
        round.setLabel(getTranslation("inbox.filter.round"));
        round.setItems(inbox.rounds(user));
        round.setItemLabelGenerator(this::roundLabel);
        round.setClearButtonVisible(true);
        round.setWidth("180px");

        org.setId("inbox-filter-org");
        org.setLabel(getTranslation("inbox.filter.org"));
        org.setItems(inbox.orgs(user));
        org.setItemLabelGenerator(InboxChoice::getName);
        org.setClearButtonVisible(true);
        org.setWidth("220px");

        List<String> lights = new ArrayList<>(List.of(ALL, "RED", "YELLOW", "GREEN", "BLUE"));
        light.setId("inbox-filter-light");
        light.setLabel(getTranslation("inbox.filter.light"));
        light.setItems(lights);
        light.setValue(ALL);
        light.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("inbox.filter.all")
                : getTranslation("light." + l));
        light.setWidth("100px");

        overdue.setId("inbox-filter-overdue");
        overdue.setLabel(getTranslation("inbox.filter.overdue"));

        text.setId("inbox-filter-q");
        text.setLabel(getTranslation("inbox.filter.q"));
        text.setMaxLength(Limits.NAME);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("200px");

        Button clear = new Button(getTranslation("inbox.filter.clear"), e -> clear());
        clear.setId("inbox-filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        type.addValueChangeListener(e -> fire());
        year.addValueChangeListener(e -> fire());
        round.addValueChangeListener(e -> fire());
        org.addValueChangeListener(e -> fire());
        light.addValueChangeListener(e -> fire());
        overdue.addValueChangeListener(e -> fire());
        text.addValueChangeListener(e -> fire());
        add(type, year, round, org, light, overdue, text, clear);
    }

    private String roundLabel(InboxChoice r) {
        InboxItem item = new InboxItem();
        item.setSubjectType(r.getType());
        item.setFiscalYear(r.getFiscalYear());
        item.setPeriodMonth(r.getPeriodMonth());
        return InboxCells.period(this, item);
    }

    private void clear() {
        type.setValue(ALL);
        year.clear();
        round.clear();
        org.clear();
        light.setValue(ALL);
        overdue.setValue(false);
        text.clear();
    }

    /** The query of the fields; a year out of range is marked on its field and left out. */
    InboxQuery query() {
        Integer y = year.getValue();
        boolean yearOk = y == null || (y >= 2000 && y <= 2100);
        year.setErrorMessage(getTranslation("inbox.filter.yearInvalid"));
        year.setInvalid(!yearOk);
        InboxChoice r = round.getValue();
        // a round belongs to one kind of subject (round ids of different kinds may be equal)
        String chosenType = r != null ? r.getType() : type.getValue();
        return InboxQuery.parse(types, chosenType, yearOk && y != null ? String.valueOf(y) : null, r == null ? null : String.valueOf(r.getId()),
                org.getValue() == null ? null : String.valueOf(org.getValue().getId()), light.getValue(),
                overdue.getValue() ? "true" : null, text.getValue(), null, null, null);
    }

    private void fire() {
        changed.accept(query());
    }
}
