package org.jixiao.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Shown instead of a view's content when the id is unknown or outside the user's scope; deliberately
 * the same message in both cases so that other units' data does not leak.
 */
public class NotFoundNotice extends Div {

    public NotFoundNotice(String message) {
        setId("not-found");
        addClassName("not-found");
        Span text = new Span(message);
        text.setId("not-found-message");
        HorizontalLayout line = new HorizontalLayout(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), text);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        home.getElement().setAttribute("router-link", true);
        getStyle().set("padding", "var(--lumo-space-l)").set("color", "var(--lumo-secondary-text-color)");
        add(line, home);
    }
}
