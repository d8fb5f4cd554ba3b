package org.jixiao.targets.ui;

import com.vaadin.flow.component.html.Div;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.ui.UiFormats;

/** Above a returned target: who returned it, when, and the opinion, so the drafter knows what to fix. */
class ReturnBanner extends Div {

    ReturnBanner(ReviewEvent last) {
        setId("return-banner");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        if (last == null) {
            setText(getTranslation("editor.returned"));
        } else {
            String role = last.getActorRole() == null ? "" : getTranslation("role." + last.getActorRole());
            setText(getTranslation("editor.returnedBy", last.getActorName(), role,
                    UiFormats.time(last.getCreatedAt()), last.getOpinion() == null ? "" : last.getOpinion()));
        }
    }
}
