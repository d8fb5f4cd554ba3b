package org.jixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Views that follow background work (a round being created) poll the server while they are shown: each poll
 * refreshes the view, and leaving it stops polling. The view decides when polling is needed by calling
 * {@code UI.setPollInterval} (e.g. only while a round is OPENING).
 */
public final class Polling {
    /** How often such views poll while something is in progress. */
    public static final int INTERVAL_MILLIS = 2000;

    private Polling() {
    }

    /**
     * @param onPoll   run on every poll while the view is attached
     * @param onAttach run when the view is attached (e.g. a first refresh, or setting the interval)
     */
    public static void whileAttached(Component view, Runnable onPoll, Consumer<UI> onAttach) {
        Registration[] poll = new Registration[1];
        view.addAttachListener(attach -> {
            poll[0] = attach.getUI().addPollListener(e -> onPoll.run());
            onAttach.accept(attach.getUI());
        });
        view.addDetachListener(detach -> {
            if (poll[0] != null) {
                poll[0].remove();
                poll[0] = null;
            }
            detach.getUI().setPollInterval(-1);
        });
    }
}
