package org.jixiao.security.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jixiao.security.JixiaoUserDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer jxp_…} on the API chain, ahead of HTTP Basic. Not a Spring bean on purpose: a
 * Filter bean would also be registered with the servlet container and run for every path.
 */
public class PersonalTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final PersonalTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;

    public PersonalTokenFilter(PersonalTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PersonalTokenService.Authenticated> owner = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (owner.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("令牌无效、已过期或已撤销"));
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(new PersonalTokenAuthentication(
                new JixiaoUserDetails(owner.get().user(), null), owner.get().tokenId()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
