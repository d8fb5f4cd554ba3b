package org.jixiao.demo;

import java.util.List;
import java.util.Map;
import org.jixiao.admin.AdminUser;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.OrgDraft;
import org.jixiao.admin.UserAdminService;
import org.jixiao.admin.UserDraft;
import org.jixiao.org.Accounts;
import org.jixiao.org.AppUser;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.org.UnitType;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11 §5: the finance desks 行政政法科 (业务科室 in charge of the five emergency-management departments, user
 * {@code desk}) and 绩效科 ({@code finance} moves there), and {@code dual}, 经办人 and 负责人 of 廊坊's 本级 unit at once.
 * The desks, the move and the departments' codes go through the admin services as {@code admin}, so the admin's
 * screens, audit log included, start populated. Added once, also to a demo database made before administration.
 */
class DemoAdministration {
    static final String DESK_USER = "desk";
    static final String DUAL_USER = "dual";

    private final OrgAdminService orgs;
    private final UserAdminService users;
    private final OrgDirectory directory;
    private final Accounts accounts;
    private final PasswordEncoder encoder;

    DemoAdministration(OrgAdminService orgs, UserAdminService users, OrgDirectory directory, Accounts accounts,
                       PasswordEncoder encoder) {
        this.orgs = orgs;
        this.users = users;
        this.directory = directory;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Runs inside one transaction (the admin services require it for their audit entries). */
    void load(Map<String, String> departmentUnitCodes) {
        if (accounts.row(DESK_USER).isPresent()) {
            return;
        }
        CurrentUser admin = directory.currentUser("admin").orElseThrow();
        Long bureau = admin.financeBureauId();
        OrgNode politics = orgs.create(admin, OrgKind.DESK, new OrgDraft(bureau, null, "行政政法科", null, null));
        OrgNode performance = orgs.create(admin, OrgKind.DESK, new OrgDraft(bureau, null, "绩效科", null, null));
        for (OrgNode node : orgs.list(admin)) {
            if (node.getKind() != OrgKind.DEPARTMENT || !departmentUnitCodes.containsKey(node.getName())) {
                continue;
            }
            // the department's code is its 本级 unit's prefix (450001 → 450), as the budget system numbers them
            String code = node.getCode() != null ? node.getCode() : departmentUnitCodes.get(node.getName()).substring(0, 3);
            orgs.update(admin, node.getId(), node.getVersion(), new OrgDraft(node.getParentId(), code, node.getName(),
                    UnitType.ADMINISTRATIVE.name(), politics.getId()));
        }
        user(DESK_USER, "吴科长（行政政法科）", politics, Role.FINANCE_REVIEWER);
        AdminUser finance = users.list(admin).stream().filter(u -> "finance".equals(u.username())).findFirst().orElseThrow();
        users.update(admin, finance.id(), finance.version(), new UserDraft(null, "钱审核（绩效科）", performance.getId(),
                List.of(Role.FINANCE_REVIEWER.name()), null));
        directory.unitByCode("410001").ifPresent(unit -> user(DUAL_USER, "刘兼任（廊坊，经办人兼负责人）", unit,
                Role.STAFF, Role.UNIT_LEADER));
    }

    /** Demo users keep the demo password and are not asked to change it, unlike accounts an admin creates. */
    private void user(String username, String displayName, OrgNode org, Role... roles) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(encoder.encode(DemoDataLoader.PASSWORD));
        user.setDisplayName(displayName);
        user.setOrgId(org.getId());
        accounts.create(user, List.of(roles));
    }
}
