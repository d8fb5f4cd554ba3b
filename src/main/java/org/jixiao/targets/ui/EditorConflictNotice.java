package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Someone else saved the target first: a notice that stays until closed and keeps everything typed in the editor;
 * reloading (and so dropping the edits) is the user's choice.
 */
class EditorConflictNotice extends Notification {

    EditorConflictNotice(String message) {
        setId("conflict-notification");
        addThemeVariants(NotificationVariant.LUMO_ERROR);
        setDuration(0);
        setPosition(Notification.Position.TOP_CENTER);
        Div text = new Div(getTranslation("editor.conflict", message));
        text.setId("conflict-message");
        text.setWidth("26em");
        Button reload = new Button(getTranslation("editor.reload"), e -> {
            close();
            UI.getCurrent().getPage().reload();
        });
        reload.setId("conflict-reload");
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        dismiss.setId("conflict-close");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, reload, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        add(content);
    }
}
