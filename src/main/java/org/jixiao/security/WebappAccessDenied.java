package org.jixiao.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * camid (issue 11 §4): a signed-in non-admin who opens Cockpit, Tasklist or Admin gets a 403 page in the user's
 * language (the {@code jixiao-lang} cookie, Chinese by default) with the way back, not Spring's English error page.
 * The webapps' own API calls get the bare 403.
 */
class WebappAccessDenied implements AccessDeniedHandler {
    private final MessageSource messages;

    WebappAccessDenied(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/app/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String title = HtmlUtils.htmlEscape(messages.getMessage("camunda.forbidden.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("camunda.forbidden.text", null, locale));
        String back = HtmlUtils.htmlEscape(messages.getMessage("camunda.forbidden.back", null, locale));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!doctype html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN")
                + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em;color:#1f2d3d\"><h1 style=\"font-size:1.5em\">"
                + title + "</h1><p>" + text + "</p><p><a href=\"" + request.getContextPath() + "/\">" + back
                + "</a></p></body></html>");
    }

    private static boolean english(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> "jixiao-lang".equals(c.getName()) && "en".equals(c.getValue()));
    }
}
