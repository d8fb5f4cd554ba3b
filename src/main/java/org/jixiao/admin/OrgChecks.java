package org.jixiao.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.UnitType;

/**
 * The rules for a node of the org tree, as a pure function over the whole (small) tree: where each kind may hang,
 * which fields it needs, unique codes, no cycles when moving. Every violation at once, on its field.
 */
public final class OrgChecks {
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]*");

    private OrgChecks() {
    }

    /**
     * @param selfId null when creating; the node being changed otherwise
     * @param tree   every node by id
     * @param bureauId the admin's finance bureau: parents and desks must lie in its branch
     */
    public static List<FieldViolation> check(OrgKind kind, OrgDraft draft, Long selfId, Map<Long, OrgNode> tree,
                                             Long bureauId) {
        List<FieldViolation> problems = new ArrayList<>();
        if (kind == null || kind == OrgKind.FINANCE) {
            problems.add(new FieldViolation("kind", "类型须为 DEPARTMENT（主管部门）、UNIT（预算单位）或 DESK（科室）"));
            return problems;
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldViolation("name", "请填写名称"));
        } else if (name.length() > Limits.NAME) {
            problems.add(new FieldViolation("name", "名称不能超过 " + Limits.NAME + " 个字"));
        }
        checkCode(kind, draft.code(), selfId, tree, problems);
        checkParent(kind, draft.parentId(), selfId, tree, bureauId, problems);
        UnitType type = UnitType.parse(draft.unitType());
        if (draft.unitType() != null && !draft.unitType().isBlank() && type == null) {
            problems.add(new FieldViolation("unitType", "单位类型须为 行政、事业、企业 或 其他"));
        } else if (kind == OrgKind.UNIT && type == null) {
            problems.add(new FieldViolation("unitType", "请选择单位类型"));
        }
        if (draft.inChargeDeskId() != null) {
            OrgNode desk = tree.get(draft.inChargeDeskId());
            if (kind != OrgKind.DEPARTMENT) {
                problems.add(new FieldViolation("inChargeDeskId", "只有主管部门有归口科室"));
            } else if (desk == null || desk.getKind() != OrgKind.DESK || !desk.isActive()
                    || !inBureau(desk.getId(), tree, bureauId)) {
                problems.add(new FieldViolation("inChargeDeskId", "归口科室须为本财政局在用的科室"));
            }
        }
        return problems;
    }

    private static void checkCode(OrgKind kind, String code, Long selfId, Map<Long, OrgNode> tree,
                                  List<FieldViolation> problems) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            if (kind == OrgKind.UNIT) {
                problems.add(new FieldViolation("code", "请填写单位编码"));
            }
            return;
        }
        if (c.length() > Limits.UNIT_CODE) {
            problems.add(new FieldViolation("code", "编码不能超过 " + Limits.UNIT_CODE + " 个字符"));
        } else if (!CODE.matcher(c).matches()) {
            problems.add(new FieldViolation("code", "编码只能包含数字、字母和连字符"));
        } else if (tree.values().stream().anyMatch(n -> c.equals(n.getCode()) && !n.getId().equals(selfId))) {
            problems.add(new FieldViolation("code", "编码 " + c + " 已被使用"));
        }
    }

    private static void checkParent(OrgKind kind, Long parentId, Long selfId, Map<Long, OrgNode> tree, Long bureauId,
                                    List<FieldViolation> problems) {
        OrgNode parent = parentId == null ? null : tree.get(parentId);
        if (parent == null || !inBureau(parentId, tree, bureauId)) {
            problems.add(new FieldViolation("parentId", "请选择本财政局内的上级节点"));
            return;
        }
        if (!parent.isActive()) {
            problems.add(new FieldViolation("parentId", "上级节点已停用"));
            return;
        }
        boolean fits = switch (kind) {
            case DEPARTMENT, DESK -> parent.getKind() == OrgKind.FINANCE;
            case UNIT -> parent.getKind() == OrgKind.DEPARTMENT || parent.getKind() == OrgKind.UNIT;
            case FINANCE -> false;
        };
        if (!fits) {
            problems.add(new FieldViolation("parentId", kind == OrgKind.UNIT
                    ? "预算单位须挂在主管部门或上级单位之下" : "主管部门和科室须直接挂在财政局之下"));
        } else if (selfId != null && ancestry(parentId, tree).contains(selfId)) {
            problems.add(new FieldViolation("parentId", "不能移到自身或下级节点之下"));
        }
    }

    /** True when the node is the bureau or lies below it. */
    static boolean inBureau(Long nodeId, Map<Long, OrgNode> tree, Long bureauId) {
        return bureauId != null && ancestry(nodeId, tree).contains(bureauId);
    }

    static List<Long> ancestry(Long nodeId, Map<Long, OrgNode> tree) {
        List<Long> chain = new ArrayList<>();
        OrgNode current = tree.get(nodeId);
        while (current != null && chain.size() < 32) {
            chain.add(current.getId());
            current = current.getParentId() == null ? null : tree.get(current.getParentId());
        }
        return chain;
    }
}
