package org.jixiao.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jixiao.common.ConflictException;

/** Opening a round that exists already: the service's message and a link to that round ({@code roundId}). */
public final class ExistingRoundNotice {

    private ExistingRoundNotice() {
    }

    public static void show(Div notice, ConflictException exists, String roundRoute, String linkId) {
        notice.removeAll();
        notice.add(new Span(exists.getMessage()));
        Object roundId = exists.properties().get("roundId");
        if (roundId != null) {
            Anchor link = new Anchor(roundRoute + roundId, notice.getTranslation("rounds.existsLink"));
            link.setId(linkId);
            link.getStyle().set("margin-left", "var(--lumo-space-s)");
            notice.add(link);
        }
        notice.getStyle().set("color", "var(--lumo-error-text-color)");
        notice.setVisible(true);
    }
}
