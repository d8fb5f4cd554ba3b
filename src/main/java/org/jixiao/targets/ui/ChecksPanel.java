package org.jixiao.targets.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.Indicator;
import org.jixiao.ui.UiFormats;

/** 送审检查: what still stops submission, per field, refreshed on every edit; plus the weight sum. */
class ChecksPanel extends Details {
    private final Span count = new Span();
    private final Span weightSum = new Span();
    private final UnorderedList list = new UnorderedList();
    private final Span ok = new Span();

    ChecksPanel() {
        setId("checks-panel");
        count.setId("checks-count");
        weightSum.setId("weight-sum");
        list.setId("checks-list");
        list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-l)")
                .set("max-height", "150px").set("overflow", "auto").set("font-size", "var(--lumo-font-size-s)");
        ok.setId("checks-ok");
        ok.setText(getTranslation("checks.allPassed"));
        ok.getStyle().set("color", "var(--lumo-success-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout summary = new HorizontalLayout(new Span(getTranslation("checks.title")), count, weightSum);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSummary(summary);
        add(ok, list);
        setOpened(true);
        setWidthFull();
    }

    void show(LiveChecks.Result result, List<Indicator> indicators) {
        list.removeAll();
        for (FieldViolation v : result.violations()) {
            ListItem item = new ListItem();
            item.addClassName("check-item");
            item.getElement().setAttribute("data-field", v.field() == null ? "" : v.field());
            String where = FieldLabels.of(this, v.field(), indicators);
            // "名称：请填写名称" says it twice: a message that names its field stands alone (issue 12 §5).
            if (!where.isEmpty() && !v.message().contains(where)) {
                Span location = new Span(where + "：");
                location.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(location);
            }
            item.add(new Span(v.message()));
            list.add(item);
        }
        if (result.failed()) {
            ListItem item = new ListItem(getTranslation("checks.unavailable"));
            item.addClassName("check-item");
            list.add(item);
        }
        int n = (int) list.getChildren().count();
        list.setVisible(n > 0);
        ok.setVisible(n == 0);
        count.setText(n == 0 ? getTranslation("checks.countNone") : getTranslation("checks.count", n));
        count.getStyle().set("color", n == 0 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "600");
        BigDecimal total = result.weightTotal();
        boolean balanced = total != null && result.weightSum().compareTo(total) == 0;
        weightSum.setText(total == null
                ? getTranslation("checks.weightSum", UiFormats.decimal(result.weightSum()))
                : getTranslation("checks.weightSumOf", UiFormats.decimal(result.weightSum()), UiFormats.plain(total)));
        weightSum.getStyle().set("color", balanced ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }
}
