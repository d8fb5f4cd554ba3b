package org.jixiao.targets.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jixiao.targets.Indicator;

/** Where a violation points, in words the drafter knows ("指标第 4 项「满意率」· 分值"); empty when unknown. */
final class FieldLabels {

    private FieldLabels() {
    }

    static String of(Component i18n, String path, List<Indicator> indicators) {
        FieldPath p = FieldPath.parse(path);
        if (p.isTopLevel()) {
            return known(i18n, "field." + p.property());
        }
        String where;
        int n = p.index() == null ? 0 : p.index() + 1;
        switch (p.list()) {
            case "indicators" -> {
                if (p.index() == null) {
                    where = i18n.getTranslation("field.indicators");
                } else {
                    String name = p.index() < indicators.size() ? indicators.get(p.index()).getName() : null;
                    where = name == null || name.isBlank()
                            ? i18n.getTranslation("field.indicatorAt", n)
                            : i18n.getTranslation("field.indicatorNamed", n, name);
                }
            }
            case "spendingPlan" -> where = p.index() == null ? i18n.getTranslation("field.spendingPlan")
                    : i18n.getTranslation("field.spendingPlanAt", n);
            case "tasks" -> where = p.index() == null ? i18n.getTranslation("field.tasks")
                    : i18n.getTranslation("field.taskAt", n);
            default -> where = "";
        }
        String property = p.property() == null ? "" : known(i18n, "field." + p.list() + "." + p.property());
        return property.isEmpty() ? where : where + " · " + property;
    }

    private static String known(Component i18n, String key) {
        String text = i18n.getTranslation(key);
        return text.startsWith("!") ? "" : text;
    }
}
