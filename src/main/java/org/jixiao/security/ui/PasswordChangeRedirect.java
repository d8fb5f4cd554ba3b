package org.jixiao.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jixiao.security.JixiaoUserDetails;
import org.jixiao.security.PasswordChanges;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Issue 11 §1 in the UI: a user signed in with an admin-issued password reaches only 修改密码 until it is replaced.
 * The session's principal keeps the flag it signed in with, so once it says "required" the database is asked
 * (only for such users), and the change takes effect without signing in again.
 */
@Component
class PasswordChangeRedirect implements VaadinServiceInitListener {
    private final PasswordChanges passwords;

    PasswordChangeRedirect(PasswordChanges passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof JixiaoUserDetails details
                    && details.passwordChangeRequired() && passwords.changeRequired(details.getUsername())) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
