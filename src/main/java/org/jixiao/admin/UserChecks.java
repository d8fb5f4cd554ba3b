package org.jixiao.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.security.PasswordPolicy;

/**
 * The rules for a user account, pure over the tree and the usernames in use: a unique sign-in name, an active
 * node of the admin's bureau, at least one role and every role fitting that node (a unit's 经办人 may also be its
 * 负责人; a finance role sits at the bureau or one of its desks), and a password the policy accepts.
 */
public final class UserChecks {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    static final int DISPLAY_NAME = 100;

    private UserChecks() {
    }

    /**
     * @param selfId   null when creating (username and password then checked too)
     * @param usernamesInUse lower-cased usernames of other accounts
     */
    public static List<FieldViolation> check(UserDraft draft, Long selfId, Map<Long, OrgNode> tree, Long bureauId,
                                             Collection<String> usernamesInUse) {
        List<FieldViolation> problems = new ArrayList<>();
        if (selfId == null) {
            String username = draft.username() == null ? "" : draft.username().strip();
            if (!USERNAME.matcher(username).matches()) {
                problems.add(new FieldViolation("username", "用户名为 2–64 位字母、数字或 . _ @ -，以字母或数字开头"));
            } else if (usernamesInUse.contains(username.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldViolation("username", "用户名 " + username + " 已被使用"));
            }
            String weak = PasswordPolicy.violation(username, draft.password());
            if (weak != null) {
                problems.add(new FieldViolation("password", weak));
            }
        }
        String name = draft.displayName() == null ? "" : draft.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldViolation("displayName", "请填写姓名"));
        } else if (name.length() > DISPLAY_NAME) {
            problems.add(new FieldViolation("displayName", "姓名不能超过 " + DISPLAY_NAME + " 个字"));
        }
        OrgNode org = draft.orgId() == null ? null : tree.get(draft.orgId());
        if (org == null || !OrgChecks.inBureau(org.getId(), tree, bureauId)) {
            problems.add(new FieldViolation("orgId", "请选择本财政局内的单位或部门"));
            org = null;
        } else if (!org.isActive()) {
            problems.add(new FieldViolation("orgId", "该节点已停用"));
        }
        Set<Role> roles = parseRoles(draft.roles());
        if (roles == null) {
            problems.add(new FieldViolation("roles", "角色须为 STAFF、UNIT_LEADER、DEPT_REVIEWER、FINANCE_REVIEWER 或 ADMIN"));
        } else if (roles.isEmpty()) {
            problems.add(new FieldViolation("roles", "请至少选择一个角色"));
        } else if (org != null) {
            for (Role role : roles) {
                if (!fits(role, org.getKind())) {
                    problems.add(new FieldViolation("roles", RoleLabels.zh(role) + "不能设在" + kindLabel(org.getKind()) + "上"));
                }
            }
        }
        return problems;
    }

    /** The roles as typed (enum names or their Chinese labels); null when one is unknown. */
    public static Set<Role> parseRoles(Collection<String> texts) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (texts == null) {
            return roles;
        }
        for (String text : texts) {
            Role role = RoleLabels.parse(text);
            if (role == null) {
                return null;
            }
            roles.add(role);
        }
        return roles;
    }

    /** Unit roles at a unit, the reviewer at a department, finance roles at the bureau or a desk acting for it. */
    public static boolean fits(Role role, OrgKind kind) {
        return role.heldAt() == kind || (role.heldAt() == OrgKind.FINANCE && kind == OrgKind.DESK);
    }

    static String kindLabel(OrgKind kind) {
        return switch (kind) {
            case FINANCE -> "财政局";
            case DEPARTMENT -> "主管部门";
            case UNIT -> "预算单位";
            case DESK -> "科室";
        };
    }
}
