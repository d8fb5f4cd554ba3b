package org.jixiao.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.admin.internal.AdminMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.Accounts;
import org.jixiao.org.AppUser;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the bureau's admin manages them: create (the person must change the password at first sign-in),
 * edit name, unit and roles, reset the password, deactivate and reactivate. Accounts are never deleted: what a
 * deactivated person drafted stays with the unit. An admin cannot take away their own admin access.
 */
@Service
public class UserAdminService {
    private final AdminMapper admin;
    private final Accounts users;
    private final OrgAdminService orgs;
    private final AuditLog audit;
    private final PasswordEncoder encoder;

    UserAdminService(AdminMapper admin, Accounts users, OrgAdminService orgs, AuditLog audit, PasswordEncoder encoder) {
        this.admin = admin;
        this.users = users;
        this.orgs = orgs;
        this.audit = audit;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<AdminUser> list(CurrentUser user) {
        Long bureau = OrgAdminService.bureauOf(user);
        Map<Long, OrgNode> tree = orgs.tree();
        Map<Long, List<Role>> roles = roles();
        return admin.findAllUsers().stream().filter(u -> OrgChecks.inBureau(u.getOrgId(), tree, bureau))
                .map(u -> view(u, tree, roles.getOrDefault(u.getId(), List.of()))).toList();
    }

    @Transactional
    public AdminUser create(CurrentUser user, UserDraft draft) {
        Long bureau = OrgAdminService.bureauOf(user);
        Map<Long, OrgNode> tree = orgs.tree();
        Set<String> taken = admin.findAllUsers().stream().map(u -> u.getUsername().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var problems = UserChecks.check(draft, null, tree, bureau, taken);
        if (!problems.isEmpty()) {
            throw new ValidationException("用户未保存", problems);
        }
        AppUser account = new AppUser();
        account.setUsername(draft.username().strip());
        account.setDisplayName(draft.displayName().strip());
        account.setOrgId(draft.orgId());
        account.setPasswordHash(encoder.encode(draft.password()));
        account.setMustChangePassword(true);
        users.create(account, UserChecks.parseRoles(draft.roles()));
        AdminUser saved = find(account.getId(), tree);
        audit.record(user.username(), "USER_CREATE", "USER", saved.id(), saved.username(), null, saved);
        return saved;
    }

    @Transactional
    public AdminUser update(CurrentUser user, Long id, int version, UserDraft draft) {
        Long bureau = OrgAdminService.bureauOf(user);
        Map<Long, OrgNode> tree = orgs.tree();
        AdminUser before = inScope(id, tree, bureau);
        var problems = new ArrayList<>(UserChecks.check(draft, id, tree, bureau, Set.of()));
        Set<Role> roles = UserChecks.parseRoles(draft.roles());
        if (id.equals(user.id()) && roles != null && !roles.contains(Role.ADMIN)) {
            problems.add(new org.jixiao.common.FieldViolation("roles", "不能取消自己的系统管理员角色"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("用户未保存", problems);
        }
        AppUser change = new AppUser();
        change.setId(id);
        change.setDisplayName(draft.displayName().strip());
        change.setOrgId(draft.orgId());
        change.setVersion(version);
        if (admin.updateUser(change) == 0) {
            throw new ConflictException("该用户已被他人修改，请刷新后重试", Map.of("code", "STALE_VERSION"));
        }
        admin.deleteRoles(id);
        users.grant(id, roles);
        AdminUser saved = find(id, tree);
        String action = before.orgId().equals(saved.orgId()) ? "USER_UPDATE" : "USER_MOVE";
        audit.record(user.username(), action, "USER", id, saved.username(), before, saved);
        return saved;
    }

    /** A new password chosen by the admin; the person must replace it at the next sign-in. */
    @Transactional
    public AdminUser resetPassword(CurrentUser user, Long id, int version, String password) {
        Long bureau = OrgAdminService.bureauOf(user);
        Map<Long, OrgNode> tree = orgs.tree();
        AdminUser before = inScope(id, tree, bureau);
        String weak = PasswordPolicy.violation(before.username(), password);
        if (weak != null) {
            throw ValidationException.of("password", weak);
        }
        if (admin.resetPassword(id, encoder.encode(password), version) == 0) {
            throw new ConflictException("该用户已被他人修改，请刷新后重试", Map.of("code", "STALE_VERSION"));
        }
        AdminUser saved = find(id, tree);
        audit.record(user.username(), "USER_RESET_PASSWORD", "USER", id, saved.username(), before, saved);
        return saved;
    }

    @Transactional
    public AdminUser setActive(CurrentUser user, Long id, boolean active, int version) {
        Long bureau = OrgAdminService.bureauOf(user);
        Map<Long, OrgNode> tree = orgs.tree();
        AdminUser before = inScope(id, tree, bureau);
        if (!active && id.equals(user.id())) {
            throw new ConflictException("不能停用自己的账户", Map.of("code", "SELF"));
        }
        if (active && !tree.get(before.orgId()).isActive()) {
            throw new ConflictException("该用户所在节点已停用，请先把用户移到在用的节点", Map.of("code", "ORG_INACTIVE"));
        }
        if (admin.setEnabled(id, active, version) == 0) {
            throw before.active() != active
                    ? new ConflictException("该用户已被他人修改，请刷新后重试", Map.of("code", "STALE_VERSION"))
                    : new ConflictException(active ? "该用户已是在用状态" : "该用户已停用",
                            Map.of("code", active ? "ALREADY_ACTIVE" : "ALREADY_INACTIVE"));
        }
        AdminUser saved = find(id, tree);
        audit.record(user.username(), active ? "USER_ACTIVATE" : "USER_DEACTIVATE", "USER", id, saved.username(),
                before, saved);
        return saved;
    }

    AdminUser inScope(Long id, Map<Long, OrgNode> tree, Long bureau) {
        AppUser account = admin.findUser(id);
        if (account == null || !OrgChecks.inBureau(account.getOrgId(), tree, bureau)) {
            throw new NotFoundException("用户 " + id + " 不存在");
        }
        return view(account, tree, users.roles(id));
    }

    AdminUser find(Long id, Map<Long, OrgNode> tree) {
        return view(admin.findUser(id), tree, users.roles(id));
    }

    private Map<Long, List<Role>> roles() {
        Map<Long, List<Role>> byUser = new HashMap<>();
        for (AdminMapper.UserRole r : admin.findAllRoles()) {
            byUser.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(Role.valueOf(r.role()));
        }
        return byUser;
    }

    private static AdminUser view(AppUser u, Map<Long, OrgNode> tree, List<Role> roles) {
        OrgNode org = tree.get(u.getOrgId());
        return new AdminUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrgId(),
                org == null ? null : org.getName(), roles.stream().sorted().toList(), u.isEnabled(),
                u.isMustChangePassword(), u.getVersion());
    }

    /** Used by the import: the lower-cased usernames and the accounts by username. */
    Map<String, AppUser> accountsByUsername() {
        Map<String, AppUser> result = new LinkedHashMap<>();
        admin.findAllUsers().forEach(u -> result.put(u.getUsername().toLowerCase(Locale.ROOT), u));
        return result;
    }
}
