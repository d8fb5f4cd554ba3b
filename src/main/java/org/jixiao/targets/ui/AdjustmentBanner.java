package org.jixiao.targets.ui;

import com.vaadin.flow.component.html.Div;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetStatus;

/** "目标调整（第 N 版）" with the reason, or the note that a version has been replaced; shown above a target. */
class AdjustmentBanner extends Div {

    private AdjustmentBanner(String id, String text, String background, String color) {
        setId(id);
        setText(text);
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("background", background).set("color", color)
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("white-space", "pre-line");
    }

    /** Adds the banners that apply to {@code target} (none for a first version in force). */
    static void addTo(com.vaadin.flow.component.HasComponents parent, PerformanceTarget target) {
        if (target.isAdjustment()) {
            AdjustmentBanner banner = new AdjustmentBanner("adjustment-banner", "",
                    "var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)");
            banner.setText(banner.getTranslation("adjust.banner", target.getVersionNo(),
                    target.getAdjustmentReason() == null ? "" : target.getAdjustmentReason()));
            parent.add(banner);
        }
        if (target.getStatus() == TargetStatus.SUPERSEDED) {
            AdjustmentBanner note = new AdjustmentBanner("superseded-banner", "",
                    "var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)");
            note.setText(note.getTranslation("adjust.supersededNote", target.getVersionNo()));
            parent.add(note);
        }
    }
}
