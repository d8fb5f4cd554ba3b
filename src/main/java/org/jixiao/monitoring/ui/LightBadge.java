package org.jixiao.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.monitoring.lights.Light;
import org.jixiao.monitoring.lights.Reading;
import org.jixiao.ui.UiFormats;

/**
 * A warning light as a coloured chip with its name ("红灯 33.33%"); grey while unlit. Colours are inline so the
 * chip looks the same without a theme rebuild. {@code data-light} carries the light for tests and styling.
 */
public class LightBadge extends Span {
    private static final Map<Light, String[]> COLOURS = Map.of(
            Light.RED, new String[] {"#c62828", "#fff"},
            Light.YELLOW, new String[] {"#f9a825", "#222"},
            Light.GREEN, new String[] {"#2e7d32", "#fff"},
            Light.BLUE, new String[] {"#1565c0", "#fff"});

    public LightBadge() {
        getStyle().set("border-radius", "999px").set("padding", "2px 10px").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap").set("display", "inline-block");
        show((Light) null, null);
    }

    public void show(Reading reading) {
        show(reading == null ? null : reading.light(), reading == null ? null : reading.ratio());
    }

    public void show(Light light, BigDecimal ratio) {
        String[] colours = light == null ? new String[] {"var(--lumo-contrast-10pct)", "var(--lumo-secondary-text-color)"}
                : COLOURS.get(light);
        getStyle().set("background", colours[0]).set("color", colours[1]);
        String name = light == null ? getTranslation("light.none") : getTranslation("light." + light.name());
        setText(ratio == null ? name : name + " " + UiFormats.decimal(ratio) + "%");
        getElement().setAttribute("data-light", light == null ? "NONE" : light.name());
    }

    public static LightBadge of(String light) {
        LightBadge badge = new LightBadge();
        badge.show(light == null ? null : Light.valueOf(light), null);
        return badge;
    }
}
