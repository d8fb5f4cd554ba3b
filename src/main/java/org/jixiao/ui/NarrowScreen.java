package org.jixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a component whether the browser window is phone-narrow (under {@link #WIDTH} px), on attach and whenever
 * the window crosses that width, so a screen can drop columns a phone has no room for (issue 12 §5).
 */
public final class NarrowScreen {
    public static final int WIDTH = 640;

    private NarrowScreen() {
    }

    public static void follow(Component component, Consumer<Boolean> apply) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Boolean[] last = {null};
            Consumer<Integer> width = w -> {
                boolean narrow = w > 0 && w < WIDTH;
                if (last[0] == null || last[0] != narrow) {
                    last[0] = narrow;
                    apply.accept(narrow);
                }
            };
            ui.getPage().retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> width.accept(e.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
