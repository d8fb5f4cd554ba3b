package org.jixiao.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses odd paths before any chain runs ({@code //engine-rest/engine},
 * {@code /engine-rest;x=y/engine}, {@code /api/%2e%2e/engine-rest/engine}): a request that could otherwise slip
 * past a path rule such as "engine REST is ADMIN only". Its default is to throw, which the container answered with
 * 500; here it is a plain 400 problem JSON.
 */
@Configuration
public class RejectedRequests {

    @Bean
    RequestRejectedHandler problemOnRejectedRequest() {
        return (request, response, rejected) -> Problems.write(response, HttpStatus.BAD_REQUEST, "bad-request",
                "请求格式错误", "请求路径不合规范，已拒绝", request.getRequestURI());
    }
}
