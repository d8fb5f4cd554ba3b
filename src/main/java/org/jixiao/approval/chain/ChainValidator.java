package org.jixiao.approval.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.Role;

/**
 * Checks a chain an admin wants to save, every mistake at once, each on its field ({@code steps[2].deskId}). Pure:
 * the bureau's desks are passed in.
 */
public final class ChainValidator {
    public static final int MAX_STEPS = 10;
    public static final int MAX_NAME = 40;
    public static final int MAX_KEY = 32;
    public static final int MAX_SLA_DAYS = 365;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private ChainValidator() {
    }

    /** The result: the steps when valid, else the violations (never both). */
    public record Result(List<ChainStep> steps, List<FieldViolation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** @param bureauDesks ids of the bureau's active finance desks (科室) */
    public static Result validate(List<StepDraft> drafts, Set<Long> bureauDesks) {
        return validate(ChainType.TARGET_PROJECT, drafts, bureauDesks);
    }

    /** As {@link #validate(List, Set)} for a chain of {@code type}: only a target's steps may grade (88号). */
    public static Result validate(ChainType type, List<StepDraft> drafts, Set<Long> bureauDesks) {
        List<FieldViolation> problems = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            problems.add(new FieldViolation("steps", "审核流程至少需要一个环节"));
            return new Result(List.of(), problems);
        }
        if (drafts.size() > MAX_STEPS) {
            problems.add(new FieldViolation("steps", "审核环节最多 " + MAX_STEPS + " 个（当前 " + drafts.size() + " 个）"));
            return new Result(List.of(), problems);
        }
        List<ChainStep> steps = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        ChainLevel previous = null;
        for (int i = 0; i < drafts.size(); i++) {
            StepDraft d = drafts.get(i);
            String at = "steps[" + i + "].";
            if (d == null) {
                problems.add(new FieldViolation("steps[" + i + "]", "第 " + (i + 1) + " 个环节为空"));
                continue;
            }
            String key = trim(d.key());
            if (key == null) {
                problems.add(new FieldViolation(at + "key", "请填写环节标识"));
            } else if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
                problems.add(new FieldViolation(at + "key", "环节标识须以英文字母开头，只含字母、数字和下划线，最多 "
                        + MAX_KEY + " 个字符"));
            } else if (keys.putIfAbsent(key.toLowerCase(), i) != null) {
                problems.add(new FieldViolation(at + "key", "环节标识“" + key + "”与第 "
                        + (keys.get(key.toLowerCase()) + 1) + " 个环节重复"));
            }
            String name = trim(d.name());
            if (name == null) {
                problems.add(new FieldViolation(at + "name", "请填写环节名称"));
            } else if (name.length() > MAX_NAME) {
                problems.add(new FieldViolation(at + "name", "环节名称最多 " + MAX_NAME + " 个字（当前 " + name.length()
                        + " 个）"));
            }
            ChainLevel level = parse(ChainLevel.class, d.level());
            if (level == null) {
                problems.add(new FieldViolation(at + "level", d.level() == null || d.level().isBlank()
                        ? "请选择审核层级" : "审核层级“" + d.level() + "”不存在（可选：单位、主管部门、财政局、财政科室）"));
            }
            Role role = parse(Role.class, d.role());
            if (role == null) {
                problems.add(new FieldViolation(at + "role", d.role() == null || d.role().isBlank()
                        ? "请选择审核角色" : "审核角色“" + d.role() + "”不存在"));
            } else if (level != null && level.role() != role) {
                problems.add(new FieldViolation(at + "role", "该层级只能由“" + roleLabel(level.role()) + "”审核"));
            }
            if (level != null && previous != null && level.rank() < previous.rank()) {
                problems.add(new FieldViolation(at + "level", "审核环节须按 单位 → 主管部门 → 财政 的顺序排列，不能回到下级"));
            }
            if (d.deskId() != null && level != null && level != ChainLevel.DESK) {
                problems.add(new FieldViolation(at + "deskId", "只有“财政科室”层级的环节可以指定科室"));
            } else if (d.deskId() != null && !bureauDesks.contains(d.deskId())) {
                problems.add(new FieldViolation(at + "deskId", "所选科室不是本财政局在用的科室"));
            }
            if (bool(d.grading()) && !type.gradable()) {
                problems.add(new FieldViolation(at + "grading", "88号审核表只用于绩效目标审核；监控报告和绩效自评的环节不能设置审核表"));
            }
            if (d.slaDays() != null && (d.slaDays() < 1 || d.slaDays() > MAX_SLA_DAYS)) {
                problems.add(new FieldViolation(at + "slaDays", "办理时限须为 1–" + MAX_SLA_DAYS + " 天，或留空表示不限"));
            }
            if (level != null) {
                previous = previous == null || level.rank() >= previous.rank() ? level : previous;
            }
            if (problems.isEmpty()) {
                steps.add(new ChainStep(key, name, role, level, d.deskId(), bool(d.grading()), d.slaDays(),
                        d.mayReturn() == null || d.mayReturn(), bool(d.opinionRequired())));
            }
        }
        return problems.isEmpty() ? new Result(List.copyOf(steps), List.of()) : new Result(List.of(), problems);
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case UNIT_LEADER -> "单位负责人";
            case DEPT_REVIEWER -> "主管部门审核人";
            case FINANCE_REVIEWER -> "财政审核人";
            case STAFF -> "项目经办人";
            case ADMIN -> "系统管理员";
        };
    }

    private static boolean bool(Boolean b) {
        return b != null && b;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        return null;
    }
}
