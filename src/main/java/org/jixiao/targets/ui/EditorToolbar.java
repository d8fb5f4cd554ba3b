package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetStatus;

/** The target editor's top row: back link and status on the left, the actions (added by the editor) on the right. */
class EditorToolbar extends HorizontalLayout {

    EditorToolbar(PerformanceTarget draft) {
        Div spacer = new Div();
        add(backLink(), statusBadge(draft), spacer);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        expand(spacer);
    }

    private Span statusBadge(PerformanceTarget draft) {
        Span badge = new Span(getTranslation("status." + draft.getStatus().name()));
        badge.setId("target-status");
        badge.getElement().getThemeList().add("badge");
        if (draft.getStatus() == TargetStatus.RETURNED) {
            badge.getElement().getThemeList().add("error");
        } else if (draft.getStatus() == TargetStatus.APPROVED) {
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    private Button backLink() {
        Button back = new Button(getTranslation("editor.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("targets"));
        back.setId("target-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }
}
