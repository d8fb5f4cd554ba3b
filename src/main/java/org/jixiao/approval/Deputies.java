package org.jixiao.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jixiao.approval.internal.HandoverMapper;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies during absence (代理, issue 13 §3): a user names one colleague who, for a bounded period of whole days,
 * sees and acts on the tasks held by the user personally (transferred to them, handed back after a delegation);
 * the history records 代 X 审批. Tasks offered to a whole candidate group need no deputy: the deputy must hold every
 * group the user holds (the same role at the same unit, department or bureau), so they are in the deputy's 待办
 * already. That same rule keeps a deputy from ever seeing a subject outside their own scope.
 */
@Service
public class Deputies {
    /** The longest absence one setting covers; a longer one is renewed, so a forgotten setting runs out. */
    public static final int MAX_DAYS = 90;
    /** How far ahead an absence may be planned. */
    public static final int MAX_LEAD_DAYS = 365;

    private final HandoverMapper mapper;
    private final PeopleDirectory people;
    private final ZoneId zone;
    private volatile Clock clock;

    Deputies(HandoverMapper mapper, PeopleDirectory people,
             @Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
        this.people = people;
        this.zone = ZoneId.of(zone);
        this.clock = Clock.system(this.zone);
    }

    /** The bureau's today, by the clock in use. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Replaces the clock (tests move it across a deputy window); {@code null} restores the system clock. */
    public void useClock(Clock replacement) {
        clock = replacement == null ? Clock.system(zone) : replacement;
    }

    @Transactional(readOnly = true)
    public Optional<Deputy> of(CurrentUser user) {
        return Optional.ofNullable(mapper.deputyOf(user.username()));
    }

    /**
     * Names the user's deputy for {@code from}..{@code to} (inclusive), replacing any earlier setting. Every mistake
     * is a 422 on its field: an unknown or deactivated user, oneself, a colleague who does not hold all the user's
     * review posts, a period that is reversed, already over, too far ahead or longer than {@link #MAX_DAYS}.
     */
    @Transactional
    public Deputy set(CurrentUser user, String deputyUsername, LocalDate from, LocalDate to) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (from == null) {
            violations.add(new FieldViolation("from", "请填写代理开始日期"));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "请填写代理结束日期"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add(new FieldViolation("to", "结束日期不能早于开始日期"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                violations.add(new FieldViolation("to", "代理期限最长 " + MAX_DAYS + " 天"));
            }
            if (to.isBefore(today)) {
                violations.add(new FieldViolation("to", "代理期限已过，请选择今天或以后的日期"));
            }
            if (from.isBefore(today)) {
                violations.add(new FieldViolation("from", "开始日期不能早于今天"));
            } else if (ChronoUnit.DAYS.between(today, from) > MAX_LEAD_DAYS) {
                violations.add(new FieldViolation("from", "开始日期最多可提前一年设置"));
            }
        }
        String deputyProblem = deputyProblem(user, deputyUsername);
        if (deputyProblem != null) {
            violations.add(new FieldViolation("deputy", deputyProblem));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.get(0).message(), violations);
        }
        mapper.deleteDeputy(user.username());
        try {
            mapper.insertDeputy(user.username(), deputyUsername, from, to, Instant.now());
        } catch (DuplicateKeyException | org.springframework.dao.PessimisticLockingFailureException concurrentSetting) {
            throw new org.jixiao.common.ConflictException("代理设置正被同时修改，请刷新后重试");
        }
        return new Deputy(user.username(), deputyUsername, from, to);
    }

    @Transactional
    public boolean clear(CurrentUser user) {
        return mapper.deleteDeputy(user.username()) > 0;
    }

    /** Why {@code candidate} cannot be the user's deputy, or null when they can. */
    private String deputyProblem(CurrentUser user, String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "请选择代理人";
        }
        if (candidate.equals(user.username())) {
            return "不能指定自己为代理人";
        }
        Optional<Roster.Person> person = people.person(candidate);
        if (person.isEmpty()) {
            return "用户“" + candidate + "”不存在或已停用";
        }
        // The review posts of the directory (a bureau's or a unit's groups): a desk's own chain steps are no post of
        // their own, and what the absent user holds personally reaches the deputy through the assignee anyway.
        Set<String> needed = new HashSet<>(people.person(user.username()).map(Roster.Person::groupIds)
                .orElse(CandidateGroups.of(user)));
        if (user.orgKind() == org.jixiao.org.OrgKind.DESK) {
            needed.remove(CandidateGroups.of(org.jixiao.org.Role.FINANCE_REVIEWER, user.orgId()));
        }
        if (needed.isEmpty()) {
            return "您没有审核岗位，无需设置代理人";
        }
        if (!person.get().groupIds().containsAll(needed)) {
            return "“" + person.get().displayName() + "”不在您的单位或不具备您的审核角色，不能代理您的审批";
        }
        return null;
    }

    /** The users {@code deputy} stands in for today. */
    @Transactional(readOnly = true)
    public List<String> principalsOf(String deputy) {
        return mapper.principalsOf(deputy, today());
    }

    /** Whether {@code deputy} stands in for {@code principal} today. */
    @Transactional(readOnly = true)
    public boolean standsInFor(String deputy, String principal) {
        Deputy setting = principal == null ? null : mapper.deputyOf(principal);
        return setting != null && setting.deputyUsername().equals(deputy) && setting.covers(today());
    }

    /** The users one acts for: oneself first, then those one is deputy of today (whose personal tasks one sees). */
    @Transactional(readOnly = true)
    public List<String> holders(CurrentUser user) {
        List<String> holders = new ArrayList<>();
        holders.add(user.username());
        holders.addAll(principalsOf(user.username()));
        return holders;
    }

    /**
     * Who may act on a task by its holder ({@code assignee}): a task nobody holds is its group's; one held (转办, 委派,
     * 加签) is its holder's and the holder's deputies' alone. The one rule for an inbox and for a subject's open task.
     */
    @Transactional(readOnly = true)
    public Predicate<String> mayActOnHeldBy(CurrentUser user) {
        Set<String> holders = Set.copyOf(holders(user));
        return assignee -> assignee == null || holders.contains(assignee);
    }
}
