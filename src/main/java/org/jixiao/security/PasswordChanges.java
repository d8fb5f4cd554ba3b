package org.jixiao.security;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.org.Accounts;
import org.jixiao.org.AccountsChanged;
import org.jixiao.org.AppUser;
import org.jixiao.org.OrgDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user replaces their own password (the way out of an admin-issued one). */
@Service
public class PasswordChanges {
    private final OrgDirectory directory;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    PasswordChanges(OrgDirectory directory, Accounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.directory = directory;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    /** Every mistake at once, on its field: {@code currentPassword}, {@code newPassword}. */
    @Transactional
    public void change(String username, String currentPassword, String newPassword) {
        AppUser account = directory.account(username).filter(AppUser::isEnabled)
                .orElseThrow(() -> ValidationException.of("currentPassword", "账户不存在或已停用"));
        List<FieldViolation> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            problems.add(new FieldViolation("currentPassword", "当前密码不正确"));
        }
        String weak = PasswordPolicy.violation(username, newPassword);
        if (weak != null) {
            problems.add(new FieldViolation("newPassword", weak));
        } else if (newPassword.equals(currentPassword)) {
            problems.add(new FieldViolation("newPassword", "新密码不能与当前密码相同"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("密码未修改", problems);
        }
        accounts.setPassword(account.getId(), encoder.encode(newPassword), false);
        events.publishEvent(new AccountsChanged(username));
    }

    /**
     * Read fresh from the database: the session's principal still carries the flag after a change. The account row
     * alone (no roles): {@code GET /api/me} asks this on every call.
     */
    public boolean changeRequired(String username) {
        return accounts.row(username).map(AppUser::isMustChangePassword).orElse(false);
    }
}
