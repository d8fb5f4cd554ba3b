package org.jixiao.common.web;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Every {@code /api/**} path no controller maps answers 404 problem JSON. Without this, Vaadin's catch-all
 * mapping ({@code /**}, just before the lowest precedence) served the UI's HTML with 200 to {@code GET /api/nope}.
 * Known paths with the wrong method still get 405 from the controllers' mapping, which runs first.
 */
@Configuration
public class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> Problems.write(response, HttpStatus.NOT_FOUND,
                "not-found", "未找到", "没有这个接口：" + request.getMethod() + " " + request.getRequestURI(),
                request.getRequestURI());
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
