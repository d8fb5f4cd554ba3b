package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetChange;
import org.jixiao.targets.TargetVersions;
import org.jixiao.ui.UiFormats;

/** 版本: every version of a target, each one openable and comparable with the version on screen. */
class VersionsPanel extends VerticalLayout {
    private final TargetVersions versions;
    private final CurrentUser user;
    private final PerformanceTarget shown;

    VersionsPanel(TargetVersions versions, CurrentUser user, PerformanceTarget shown, List<PerformanceTarget> lineage) {
        this.versions = versions;
        this.user = user;
        this.shown = shown;
        setPadding(false);
        setId("versions-panel");
        Grid<PerformanceTarget> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addColumn(t -> getTranslation("adjust.versionNo", t.getVersionNo())).setHeader(getTranslation("versions.version"))
                .setWidth("90px").setFlexGrow(0);
        grid.addColumn(t -> getTranslation("status." + t.getStatus().name())).setHeader(getTranslation("list.status"))
                .setWidth("150px").setFlexGrow(0);
        grid.addColumn(t -> t.getAdjustmentReason() == null ? getTranslation("versions.original") : t.getAdjustmentReason())
                .setHeader(getTranslation("versions.reason")).setFlexGrow(3);
        grid.addColumn(t -> UiFormats.time(t.getCreatedAt())).setHeader(getTranslation("versions.created"))
                .setWidth("160px").setFlexGrow(0);
        grid.addColumn(t -> t.getApprovedAt() == null ? "" : UiFormats.time(t.getApprovedAt()))
                .setHeader(getTranslation("versions.approved")).setWidth("160px").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("200px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(lineage);
        add(new H3(getTranslation("versions.title")), grid);
    }

    private HorizontalLayout actions(PerformanceTarget version) {
        HorizontalLayout actions = new HorizontalLayout();
        if (version.getId().equals(shown.getId())) {
            actions.add(new Span(getTranslation("versions.current")));
            return actions;
        }
        Button open = new Button(getTranslation("versions.open"),
                e -> UI.getCurrent().navigate("targets/" + version.getId()));
        open.setId("version-open-" + version.getId());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button compare = new Button(getTranslation("versions.compare"), e -> compare(version));
        compare.setId("version-compare-" + version.getId());
        compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        actions.add(open, compare);
        return actions;
    }

    /** Older version before, newer after, whichever of the two is on screen. */
    private void compare(PerformanceTarget other) {
        boolean otherIsOlder = other.getVersionNo() < shown.getVersionNo();
        PerformanceTarget before = otherIsOlder ? other : shown;
        PerformanceTarget after = otherIsOlder ? shown : other;
        List<TargetChange> changes = versions.diff(user, after.getId(), before.getId());
        Dialog dialog = new Dialog();
        dialog.setId("diff-dialog");
        dialog.setHeaderTitle(getTranslation("diff.title", before.getVersionNo(), after.getVersionNo()));
        dialog.setWidth("min(1100px, 95vw)");
        if (changes.isEmpty()) {
            dialog.add(new Span(getTranslation("diff.none")));
        } else {
            dialog.add(new DiffGrid(changes));
        }
        Button close = new Button(getTranslation("diff.close"), e -> dialog.close());
        close.setId("diff-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
