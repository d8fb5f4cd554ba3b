package org.jixiao.admin;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.admin.AdminWorkbook.Sheets;
import org.jixiao.admin.ImportPlan.PlannedUnit;
import org.jixiao.admin.ImportPlan.PlannedUser;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spreadsheet import and export of units and users. An import is planned whole first (every cell checked
 * against the tree as it will be); it is applied only without a single error, in one transaction, through the same
 * admin services as the screens (so it is audited and version-guarded). Rows are matched by 单位编码 and 用户名, so
 * running the same sheet again updates, never duplicates.
 */
@Service
public class ImportService {
    private final OrgAdminService orgs;
    private final UserAdminService users;

    ImportService(OrgAdminService orgs, UserAdminService users) {
        this.orgs = orgs;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(CurrentUser admin, byte[] xlsx) {
        return plan(admin, AdminWorkbook.read(xlsx)).preview(false);
    }

    /** All rows or none: any error is a 422 listing every cell (field {@code 单位基础信息!3:单位编码}). */
    @Transactional
    public ImportPreview apply(CurrentUser admin, byte[] xlsx) {
        ImportPlan plan = plan(admin, AdminWorkbook.read(xlsx));
        ImportPreview preview = plan.preview(false);
        if (preview.errorCount() > 0) {
            throw invalid(preview);
        }
        Map<Long, Long> realIds = new LinkedHashMap<>();
        // parents before children: the plan's tree depth orders them
        List<PlannedUnit> ordered = new ArrayList<>(plan.units());
        ordered.sort(Comparator.comparingInt(u -> plan.depth(u.id())));
        for (PlannedUnit unit : ordered) {
            Long parent = realIds.getOrDefault(unit.parentId(), unit.parentId());
            OrgDraft draft = new OrgDraft(parent, unit.code(), unit.name(), unit.unitType(), unit.inChargeDeskId());
            if (unit.existing() == null) {
                realIds.put(unit.id(), orgs.create(admin, unit.kind(), draft).getId());
            } else if (unit.changed()) {
                orgs.update(admin, unit.existing().getId(), unit.existing().getVersion(), draft);
            }
        }
        for (PlannedUser user : plan.users()) {
            Long org = realIds.getOrDefault(user.draft().orgId(), user.draft().orgId());
            UserDraft draft = new UserDraft(user.draft().username(), user.draft().displayName(), org,
                    user.draft().roles(), user.draft().password());
            if (user.existing() == null) {
                users.create(admin, draft);
            } else if (user.changed()) {
                users.update(admin, user.existing().getId(), user.existing().getVersion(), draft);
            }
        }
        return plan.preview(true);
    }

    @Transactional(readOnly = true)
    public byte[] export(CurrentUser admin) {
        List<OrgNode> nodes = orgs.list(admin);
        Map<Long, OrgNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.getId(), n));
        List<List<String>> unitRows = new ArrayList<>();
        for (OrgNode n : nodes) {
            if ((n.getKind() == OrgKind.DEPARTMENT || n.getKind() == OrgKind.UNIT) && n.isActive()) {
                OrgNode parent = byId.get(n.getParentId());
                String parentCode = parent == null || parent.getKind() == OrgKind.FINANCE ? "" : parent.getCode();
                unitRows.add(Arrays.asList(n.getCode(), n.getName(), parentCode,
                        n.getUnitType() == null ? "" : shortLabel(n.getUnitType().label())));
            }
        }
        List<List<String>> userRows = new ArrayList<>();
        for (AdminUser u : users.list(admin)) {
            OrgNode org = byId.get(u.orgId());
            if (u.active() && org != null && org.getCode() != null) {
                userRows.add(Arrays.asList(u.username(), u.displayName(), org.getCode(),
                        String.join("、", u.roles().stream().map(RoleLabels::zh).toList()), ""));
            }
        }
        return AdminWorkbook.write(unitRows, userRows);
    }

    private ImportPlan plan(CurrentUser admin, Sheets sheets) {
        Long bureau = OrgAdminService.bureauOf(admin);
        return ImportPlan.of(sheets, orgs.tree(), bureau, users.accountsByUsername(), admin.id(),
                id -> users.find(id, orgs.tree()).roles().stream().map(Role::name).toList());
    }

    private static ValidationException invalid(ImportPreview preview) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ImportPreview.RowPlan row : concat(preview.units(), preview.users())) {
            row.errors().forEach((column, message) ->
                    violations.add(new FieldViolation(row.sheet() + "!" + row.row() + ":" + column, message)));
        }
        return new ValidationException("导入未执行（全部行均未写入），共 " + preview.errorCount() + " 处错误", violations);
    }

    private static List<ImportPreview.RowPlan> concat(List<ImportPreview.RowPlan> a, List<ImportPreview.RowPlan> b) {
        List<ImportPreview.RowPlan> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** 行政单位 → 行政, as the budget system's sheets write it. */
    static String shortLabel(String label) {
        return label.endsWith("单位") ? label.substring(0, label.length() - 2) : label;
    }
}
