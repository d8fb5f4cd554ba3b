package org.jixiao.admin;

import java.util.EnumSet;
import org.jixiao.admin.internal.AdminMapper;
import org.jixiao.org.Accounts;
import org.jixiao.org.AppUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.OrgNodes;
import org.jixiao.org.Role;
import org.jixiao.security.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 §1, first start in production: on a database without an active admin, {@code JIXIAO_ADMIN_PASSWORD}
 * creates user {@code admin} and its finance bureau ({@code JIXIAO_BUREAU_NAME}, default 财政局). Without it the
 * application refuses to start and says what to set; a weak password is refused the same way. Once an admin exists
 * the variable is ignored (it never resets a password). The demo loads its own organisation instead.
 *
 * <p>It runs once all beans exist and before the web server starts (not as an ApplicationRunner, which runs after
 * the server answers): when the login page answers, the admin can sign in. On MySQL the start-up lock is held then,
 * so two nodes starting together never both create the admin.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "false", matchIfMissing = true)
class BootstrapAdmin implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String USERNAME = "admin";
    static final String DEFAULT_BUREAU = "财政局";

    private final String password;
    private final String bureauName;
    private final OrgDirectory directory;
    private final OrgNodes nodes;
    private final Accounts accounts;
    private final AdminMapper admin;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;

    BootstrapAdmin(@Value("${jixiao.admin.password:}") String password, @Value("${jixiao.bureau.name:}") String bureauName,
                   OrgDirectory directory, OrgNodes nodes, Accounts accounts, AdminMapper admin, PasswordEncoder encoder,
                   TransactionTemplate transaction) {
        this.password = password;
        this.bureauName = bureauName == null || bureauName.isBlank() ? DEFAULT_BUREAU : bureauName.strip();
        this.directory = directory;
        this.nodes = nodes;
        this.accounts = accounts;
        this.admin = admin;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    /** Thrown to stop the start-up; its message is what the operator reads. */
    static class MissingAdminException extends IllegalStateException {
        MissingAdminException(String message) {
            super(message);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (admin.countEnabledAdmins() > 0) {
                if (password != null && !password.isEmpty()) {
                    log.info("An administrator exists; JIXIAO_ADMIN_PASSWORD is ignored (it never resets a password)");
                }
                return;
            }
            if (password == null || password.isEmpty()) {
                String message = "No administrator in the database. Set JIXIAO_ADMIN_PASSWORD (and JIXIAO_BUREAU_NAME, "
                        + "the finance bureau's name) for the first start: it creates user 'admin' and the bureau. "
                        + "数据库中没有系统管理员：首次启动请设置环境变量 JIXIAO_ADMIN_PASSWORD（以及财政局名称 JIXIAO_BUREAU_NAME）。";
                log.error(message);
                throw new MissingAdminException(message);
            }
            String weak = PasswordPolicy.violation(USERNAME, password);
            if (weak != null) {
                String message = "JIXIAO_ADMIN_PASSWORD is refused: " + weak + " (at least " + PasswordPolicy.MIN_LENGTH
                        + " characters, not the username, not a common password)";
                log.error(message);
                throw new MissingAdminException(message);
            }
            create();
        });
    }

    private void create() {
        OrgNode bureau = directory.all().stream().filter(n -> n.getKind() == OrgKind.FINANCE).findFirst().orElse(null);
        if (bureau == null) {
            bureau = new OrgNode(null, OrgKind.FINANCE, null, bureauName);
            nodes.add(bureau);
        }
        if (accounts.row(USERNAME).isPresent()) {
            throw new MissingAdminException("User 'admin' exists but is not an active administrator; "
                    + "restore it in the database (app_user.enabled, app_user_role ADMIN) before starting");
        }
        AppUser account = new AppUser();
        account.setUsername(USERNAME);
        account.setDisplayName("系统管理员");
        account.setOrgId(bureau.getId());
        account.setPasswordHash(encoder.encode(password));
        account.setRoles(EnumSet.of(Role.ADMIN));
        accounts.create(account, account.getRoles());
        log.info("First start: created finance bureau '{}' and user 'admin' from JIXIAO_ADMIN_PASSWORD", bureau.getName());
    }
}
