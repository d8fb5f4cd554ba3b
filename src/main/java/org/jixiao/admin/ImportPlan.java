package org.jixiao.admin;

import static org.jixiao.admin.AdminWorkbook.CODE;
import static org.jixiao.admin.AdminWorkbook.DISPLAY_NAME;
import static org.jixiao.admin.AdminWorkbook.NAME;
import static org.jixiao.admin.AdminWorkbook.PARENT;
import static org.jixiao.admin.AdminWorkbook.PASSWORD;
import static org.jixiao.admin.AdminWorkbook.ROLES;
import static org.jixiao.admin.AdminWorkbook.TYPE;
import static org.jixiao.admin.AdminWorkbook.USERNAME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.admin.AdminWorkbook.SheetRow;
import org.jixiao.admin.AdminWorkbook.Sheets;
import org.jixiao.admin.ImportPreview.Action;
import org.jixiao.admin.ImportPreview.RowPlan;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.AppUser;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.org.UnitType;

/**
 * An import planned against the tree as it will be once every row is in: new units get provisional (negative) ids so
 * a row may name a parent created further down the sheet; then every row goes through {@link OrgChecks} and
 * {@link UserChecks}, and each field's problem is put on its column. A 主管部门 is a row without 上级单位编码.
 */
final class ImportPlan {
    record PlannedUnit(Long id, OrgKind kind, Long parentId, String code, String name, String unitType,
                       Long inChargeDeskId, OrgNode existing, boolean changed) {
    }

    record PlannedUser(UserDraft draft, AppUser existing, boolean changed) {
    }

    private static final Map<String, String> ORG_COLUMNS = Map.of("code", CODE, "name", NAME, "parentId", PARENT,
            "unitType", TYPE, "kind", PARENT, "inChargeDeskId", CODE);
    private static final Map<String, String> USER_COLUMNS = Map.of("username", USERNAME, "displayName", DISPLAY_NAME,
            "orgId", CODE, "roles", ROLES, "password", PASSWORD);

    private final Map<Long, OrgNode> tree;
    private final List<PlannedUnit> units = new ArrayList<>();
    private final List<PlannedUser> users = new ArrayList<>();
    private final List<RowPlan> unitRows = new ArrayList<>();
    private final List<RowPlan> userRows = new ArrayList<>();

    private ImportPlan(Map<Long, OrgNode> tree) {
        this.tree = tree;
    }

    List<PlannedUnit> units() {
        return units;
    }

    List<PlannedUser> users() {
        return users;
    }

    int depth(Long id) {
        return OrgChecks.ancestry(id, tree).size();
    }

    ImportPreview preview(boolean applied) {
        int errors = 0;
        for (RowPlan row : unitRows) {
            errors += row.errors().size();
        }
        for (RowPlan row : userRows) {
            errors += row.errors().size();
        }
        return new ImportPreview(List.copyOf(unitRows), List.copyOf(userRows), errors, applied);
    }

    static ImportPlan of(Sheets sheets, Map<Long, OrgNode> dbTree, Long bureau, Map<String, AppUser> accounts,
                         Long adminId, Function<Long, List<String>> rolesOf) {
        Map<Long, OrgNode> sim = new LinkedHashMap<>();
        dbTree.values().forEach(n -> sim.put(n.getId(), copy(n)));
        ImportPlan plan = new ImportPlan(sim);
        plan.planUnits(sheets.units(), dbTree, bureau);
        plan.planUsers(sheets.users(), bureau, accounts, adminId, rolesOf);
        return plan;
    }

    private void planUnits(List<SheetRow> rows, Map<Long, OrgNode> dbTree, Long bureau) {
        Map<String, Long> idByCode = new HashMap<>();
        tree.values().stream().filter(n -> n.getCode() != null).forEach(n -> idByCode.put(n.getCode(), n.getId()));
        Map<String, Integer> seen = new HashMap<>();
        long provisional = -1;
        List<Map<String, String>> errors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (SheetRow row : rows) {
            Map<String, String> e = new LinkedHashMap<>();
            errors.add(e);
            String code = row.values().get(CODE);
            Long id = null;
            if (code.isEmpty()) {
                e.put(CODE, "请填写单位编码");
            } else if (seen.containsKey(code)) {
                e.put(CODE, "与第 " + seen.get(code) + " 行的单位编码重复");
            } else {
                seen.put(code, row.row());
                OrgNode existing = idByCode.containsKey(code) ? dbTree.get(idByCode.get(code)) : null;
                if (existing != null && (existing.getKind() == OrgKind.FINANCE || existing.getKind() == OrgKind.DESK)) {
                    e.put(CODE, "该编码属于财政局或科室，不能作为单位导入");
                } else if (existing != null && !existing.isActive()) {
                    e.put(CODE, "该单位已停用");
                } else if (existing != null && !OrgChecks.inBureau(existing.getId(), dbTree, bureau)) {
                    e.put(CODE, "该编码属于其他财政局的单位");
                } else if (existing != null) {
                    id = existing.getId();
                } else {
                    id = provisional--;
                    OrgNode node = new OrgNode(null, OrgKind.UNIT, code, row.values().get(NAME));
                    node.setId(id);
                    tree.put(id, node);
                    idByCode.put(code, id);
                }
            }
            ids.add(id);
        }
        // parents and values second, so a parent may come further down the sheet
        for (int i = 0; i < rows.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                continue;
            }
            Map<String, String> v = rows.get(i).values();
            OrgNode node = tree.get(id);
            OrgKind kind = v.get(PARENT).isEmpty() ? OrgKind.DEPARTMENT : OrgKind.UNIT;
            if (id > 0 && node.getKind() != kind) {
                errors.get(i).put(PARENT, node.getKind() == OrgKind.DEPARTMENT
                        ? "主管部门不能填写上级单位编码" : "预算单位须填写上级单位编码");
                continue;
            }
            node.setKind(kind);
            Long parent = kind == OrgKind.DEPARTMENT ? bureau : idByCode.get(v.get(PARENT));
            if (parent == null) {
                errors.get(i).put(PARENT, "上级单位编码 " + v.get(PARENT) + " 不存在");
            }
            node.setParentId(parent);
            node.setName(v.get(NAME));
            node.setUnitType(UnitType.parse(v.get(TYPE)));
        }
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Map<String, String> e = errors.get(i);
            Long id = ids.get(i);
            OrgNode node = id == null ? null : tree.get(id);
            OrgNode existing = id == null || id < 0 ? null : dbTree.get(id);
            boolean changed = false;
            if (node != null) {
                // every problem of the row at once; the first message per cell wins
                OrgDraft draft = new OrgDraft(node.getParentId(), node.getCode(), row.values().get(NAME),
                        row.values().get(TYPE), existing == null ? null : existing.getInChargeDeskId());
                for (FieldViolation v : OrgChecks.check(node.getKind(), draft, id, tree, bureau)) {
                    e.putIfAbsent(ORG_COLUMNS.getOrDefault(v.field(), CODE), v.message());
                }
                changed = existing != null && (!Objects.equals(existing.getName(), draft.name().strip())
                        || !Objects.equals(existing.getParentId(), draft.parentId())
                        || existing.getUnitType() != UnitType.parse(draft.unitType()));
                if (e.isEmpty()) {
                    units.add(new PlannedUnit(id, node.getKind(), draft.parentId(), draft.code(), draft.name(),
                            draft.unitType(), draft.inChargeDeskId(), existing, changed));
                }
            }
            unitRows.add(new RowPlan(AdminWorkbook.UNIT_SHEET, row.row(), row.values(), action(e, existing, changed), e));
        }
    }

    private void planUsers(List<SheetRow> rows, Long bureau, Map<String, AppUser> accounts, Long adminId,
                           Function<Long, List<String>> rolesOf) {
        Map<String, Long> idByCode = new HashMap<>();
        tree.values().stream().filter(n -> n.getCode() != null).forEach(n -> idByCode.put(n.getCode(), n.getId()));
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            Map<String, String> v = row.values();
            Map<String, String> e = new LinkedHashMap<>();
            String username = v.get(USERNAME);
            String key = username.toLowerCase(Locale.ROOT);
            AppUser existing = accounts.get(key);
            Long orgId = idByCode.get(v.get(CODE));
            if (v.get(CODE).isEmpty()) {
                e.put(CODE, "请填写单位编码");
            } else if (orgId == null) {
                e.put(CODE, "单位编码 " + v.get(CODE) + " 不存在");
            }
            List<String> roles = Arrays.stream(v.get(ROLES).split("[、,，;；/\\s]+")).filter(s -> !s.isBlank()).toList();
            UserDraft draft = new UserDraft(username, v.get(DISPLAY_NAME), orgId, roles,
                    existing == null ? v.get(PASSWORD) : null);
            boolean changed = false;
            if (seen.containsKey(key)) {
                e.put(USERNAME, "与第 " + seen.get(key) + " 行的用户名重复");
            } else {
                seen.put(key, row.row());
                if (existing != null && !OrgChecks.inBureau(existing.getOrgId(), tree, bureau)) {
                    e.put(USERNAME, "用户名已被其他财政局使用");
                }
                Set<String> inUse = new HashSet<>(accounts.keySet());
                for (FieldViolation f : UserChecks.check(draft, existing == null ? null : existing.getId(), tree,
                        bureau, inUse)) {
                    String column = USER_COLUMNS.getOrDefault(f.field(), USERNAME);
                    if (!(column.equals(CODE) && e.containsKey(CODE))) {
                        e.putIfAbsent(column, f.message());
                    }
                }
                Set<Role> parsed = UserChecks.parseRoles(roles);
                if (existing != null && existing.getId().equals(adminId) && parsed != null && !parsed.contains(Role.ADMIN)) {
                    e.putIfAbsent(ROLES, "不能取消自己的系统管理员角色");
                }
                if (existing != null && e.isEmpty()) {
                    Set<Role> before = UserChecks.parseRoles(rolesOf.apply(existing.getId()));
                    changed = !Objects.equals(existing.getDisplayName(), draft.displayName().strip())
                            || !Objects.equals(existing.getOrgId(), orgId) || !Objects.equals(before, parsed);
                }
            }
            if (e.isEmpty()) {
                users.add(new PlannedUser(draft, existing, changed));
            }
            userRows.add(new RowPlan(AdminWorkbook.USER_SHEET, row.row(), v, action(e, existing, changed), e));
        }
    }

    private static Action action(Map<String, String> errors, Object existing, boolean changed) {
        return !errors.isEmpty() ? Action.ERROR : existing == null ? Action.CREATE
                : changed ? Action.UPDATE : Action.UNCHANGED;
    }

    private static OrgNode copy(OrgNode n) {
        OrgNode c = new OrgNode(n.getParentId(), n.getKind(), n.getCode(), n.getName());
        c.setId(n.getId());
        c.setUnitType(n.getUnitType());
        c.setActive(n.isActive());
        c.setVersion(n.getVersion());
        c.setInChargeDeskId(n.getInChargeDeskId());
        return c;
    }
}
