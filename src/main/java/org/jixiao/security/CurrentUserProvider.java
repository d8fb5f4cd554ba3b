package org.jixiao.security;

import java.util.Optional;
import org.jixiao.org.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or Vaadin session. */
@Component
public class CurrentUserProvider {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof JixiaoUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new InsufficientAuthenticationException("未登录"));
    }
}
