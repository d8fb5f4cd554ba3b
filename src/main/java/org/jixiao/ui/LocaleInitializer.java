package org.jixiao.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Simplified Chinese unless the user switched to English (remembered in a cookie); the browser's
 * language is deliberately ignored, since the product's users work in Chinese.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {
    static final String COOKIE = "jixiao-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosenLocale()));
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(chosenLocale()));
    }

    private static Locale chosenLocale() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getHttpServletRequest().getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.CHINESE;
    }
}
