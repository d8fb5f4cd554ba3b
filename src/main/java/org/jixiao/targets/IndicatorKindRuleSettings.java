package org.jixiao.targets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.targets.internal.IndicatorKindRuleMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指标类型规则 (issue 12 §1, docs/rules.md §2): the finance bureau's rules that default an indicator to 累计型 or
 * 状态型, read and edited by its finance reviewers and admins for a fiscal year. Only the caller's own bureau is
 * reachable. Each save names the version it was read at; a stale one is refused (409), and of simultaneous saves of
 * one version exactly one wins, guarded by the {@code indicator_kind_rule_set} row.
 */
@Service
public class IndicatorKindRuleSettings {
    public static final int MAX_RULES = 50;
    public static final int UNIT_LENGTH = 32;
    public static final int NAME_LENGTH = 64;
    private final IndicatorKindRuleService rules;
    private final IndicatorKindRuleMapper mapper;

    IndicatorKindRuleSettings(IndicatorKindRuleService rules, IndicatorKindRuleMapper mapper) {
        this.rules = rules;
        this.mapper = mapper;
    }

    /** Row shape of {@code indicator_kind_rule_set}. */
    public static class Stamp {
        private int fiscalYear;
        private int version;
        private String updatedBy;
        private Instant updatedAt;

        public int getFiscalYear() { return fiscalYear; }
        public void setFiscalYear(int fiscalYear) { this.fiscalYear = fiscalYear; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getUpdatedBy() { return updatedBy; }
        public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
        public Instant getUpdatedAt() { return updatedAt; }
        public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    }

    /**
     * The rules in force for a year. {@code custom} false: the central defaults apply (version 0 when never saved; a
     * bureau that saved an empty list went back to the defaults and keeps its version).
     */
    public record RuleSet(int fiscalYear, int version, boolean custom, List<IndicatorKindRules.Rule> rules,
                          IndicatorKind fallback, String updatedBy, Instant updatedAt) {
    }

    /** One rule as typed: at least one condition; blanks mean "any". */
    public record RuleInput(String unit, String nameContains, String nameEndsWith, IndicatorKind kind) {
    }

    @Transactional(readOnly = true)
    public RuleSet view(CurrentUser user, Integer fiscalYear) {
        return read(bureauOf(user), year(fiscalYear));
    }

    /**
     * Replaces the bureau's rules for the year (an empty list: back to the central defaults). Every mistake at once
     * on its field ({@code rules[i].unit}, {@code rules[i].kind}, {@code fallback}, {@code version}).
     */
    @Transactional
    public RuleSet save(CurrentUser user, Integer fiscalYear, Integer version, List<RuleInput> input,
                        IndicatorKind fallback) {
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null || version < 0) {
            violations.add(new FieldViolation("version", "请提交读取时的版本号（version）"));
        }
        if (fallback == null) {
            violations.add(new FieldViolation("fallback", "请选择不符合任何规则时的指标类型"));
        }
        List<IndicatorKindRules.Rule> checked = check(input, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException("指标类型规则有误", violations);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            if (mapper.findSet(bureau, year) == null) {
                if (version != 0) {
                    throw stale();
                }
                mapper.insertSet(bureau, year, user.username(), now);
            } else if (mapper.updateSet(bureau, year, version, user.username(), now) == 0) {
                throw stale();
            }
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            // another save of the same version got the row first (on H2 a waiting writer may be told so this way)
            throw stale();
        }
        rules.store(bureau, year, new IndicatorKindRules(checked, fallback));
        return read(bureau, year);
    }

    private static List<IndicatorKindRules.Rule> check(List<RuleInput> input, List<FieldViolation> violations) {
        if (input == null) {
            violations.add(new FieldViolation("rules", "请提交规则列表 rules（可以为空，表示使用默认规则）"));
            return List.of();
        }
        if (input.size() > MAX_RULES) {
            violations.add(new FieldViolation("rules", "最多 " + MAX_RULES + " 条规则"));
            return List.of();
        }
        List<IndicatorKindRules.Rule> result = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            RuleInput r = input.get(i);
            String at = "rules[" + i + "].";
            if (r == null) {
                violations.add(new FieldViolation(at + "unit", "第 " + (i + 1) + " 条规则为空"));
                continue;
            }
            String unit = trim(r.unit());
            String contains = trim(r.nameContains());
            String endsWith = trim(r.nameEndsWith());
            int before = violations.size();
            text(unit, UNIT_LENGTH, at + "unit", "单位", violations);
            text(contains, NAME_LENGTH, at + "nameContains", "名称包含", violations);
            text(endsWith, NAME_LENGTH, at + "nameEndsWith", "名称结尾", violations);
            if (unit == null && contains == null && endsWith == null) {
                violations.add(new FieldViolation(at + "unit", "第 " + (i + 1) + " 条规则须至少填写单位、名称包含或名称结尾中的一项"));
            }
            if (r.kind() == null) {
                violations.add(new FieldViolation(at + "kind", "请选择第 " + (i + 1) + " 条规则给出的类型（累计型或状态型）"));
            }
            if (violations.size() > before) {
                continue;
            }
            IndicatorKindRules.Rule rule = new IndicatorKindRules.Rule(unit, contains, endsWith, r.kind());
            for (int j = 0; j < result.size(); j++) {
                IndicatorKindRules.Rule earlier = result.get(j);
                if (Objects.equals(earlier.unit(), rule.unit()) && Objects.equals(earlier.nameContains(), rule.nameContains())
                        && Objects.equals(earlier.nameEndsWith(), rule.nameEndsWith())) {
                    violations.add(new FieldViolation(at + "unit", "第 " + (i + 1) + " 条规则与第 "
                            + (positions.get(j) + 1) + " 条条件相同，永远不会生效"));
                }
            }
            result.add(rule);
            positions.add(i);
        }
        return result;
    }

    private static void text(String value, int max, String field, String label, List<FieldViolation> violations) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            violations.add(new FieldViolation(field, label + "不能超过 " + max + " 个字符，且不能含控制字符"));
        }
    }

    private RuleSet read(Long bureau, int year) {
        Stamp stamp = mapper.findSet(bureau, year);
        List<IndicatorKindRuleService.StoredRule> stored = mapper.find(bureau, year);
        IndicatorKindRules inForce = rules.rulesFor(bureau, year);
        return new RuleSet(year, stamp == null ? 0 : stamp.getVersion(), !stored.isEmpty(), inForce.rules(),
                inForce.fallback(), stamp == null ? null : stamp.getUpdatedBy(), stamp == null ? null : stamp.getUpdatedAt());
    }

    private static ConflictException stale() {
        return new ConflictException("指标类型规则已被他人修改，请刷新后再改");
    }

    private static Long bureauOf(CurrentUser user) {
        if (!user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("只有财政局的审核人员和系统管理员可以查看和修改指标类型规则");
        }
        if (user.financeBureauId() == null) {
            throw new ForbiddenException("您不属于任何财政局，无法查看指标类型规则");
        }
        return user.financeBureauId();
    }

    private static int year(Integer fiscalYear) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
            throw ValidationException.of("fiscalYear", "预算年度须在 2000–2100 之间");
        }
        return fiscalYear;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
