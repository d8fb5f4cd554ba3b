package org.jixiao.approval;

import java.util.Optional;
import org.jixiao.approval.AuditTrail.Marks;
import org.jixiao.approval.internal.HandoverMapper;
import org.jixiao.approval.process.TaskHandoverEngine;
import org.jixiao.common.ConflictException;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's tools that hand a task over without deciding it (issue 13 §3): 转办 (transfer: the task becomes
 * the recipient's), 委派 (delegate: a colleague reviews it and hands it back, 交回, to the delegator, who decides),
 * and the holder checks {@link ReviewService} applies to every decision, deputies included.
 *
 * <p>Only a user who could hold the step receives a task: a member of the task's candidate group (the same role at
 * the same unit, department or bureau), so a handover never widens who sees a subject. Each handover happens once:
 * a conditional update of the task's row on the version the request read ({@link HandoverMapper#handOver}), then
 * the history event and the engine, in one transaction; a request that finds the row changed is told 409.
 */
@Service
public class TaskHandovers {
    static final String LOST = "该任务已被转办、委派、交回或处理，请刷新待办";

    private final ReviewService reviews;
    private final HandoverMapper mapper;
    private final AuditTrail audit;
    private final TaskHandoverEngine engine;
    private final Deputies deputies;
    private final PeopleDirectory people;
    private final StepRules stepRules;

    TaskHandovers(ReviewService reviews, HandoverMapper mapper, AuditTrail audit, TaskHandoverEngine engine,
                  Deputies deputies, PeopleDirectory people, StepRules stepRules) {
        this.reviews = reviews;
        this.mapper = mapper;
        this.audit = audit;
        this.engine = engine;
        this.deputies = deputies;
        this.people = people;
        this.stepRules = stepRules;
    }

    /** 转办: the holder gives the task to a colleague who could hold the step; it leaves the holder's 待办. */
    @Transactional
    public void transfer(String taskId, CurrentUser actor, String toUser, String opinion) {
        Limits.requireText("opinion", "转办说明", opinion, Limits.OPINION);
        ReviewTask task = reviewStep(taskId, actor);
        TaskHolding holding = holderOnly(taskId, actor, "转办");
        Roster.Person to = recipient("toUser", holding, actor, toUser);
        if (to.username().equals(holding.assignee())) {
            throw ValidationException.of("toUser", "该任务已在“" + to.displayName() + "”名下");
        }
        if (mapper.handOver(taskId, to.username(), null, null, holding.version()) == 0) {
            throw new ConflictException(LOST);
        }
        record(task, holding, actor, ReviewAction.TRANSFER, opinion, to);
        engine.transfer(taskId, to.username(), LOST);
    }

    /** 委派: a colleague reviews the task and hands it back; meanwhile nobody decides it. */
    @Transactional
    public void delegate(String taskId, CurrentUser actor, String toUser, String note) {
        Limits.requireText("note", "委派说明", note, Limits.OPINION);
        ReviewTask task = reviewStep(taskId, actor);
        TaskHolding holding = holderOnly(taskId, actor, "委派");
        Roster.Person to = recipient("toUser", holding, actor, toUser);
        // a deputy delegates for the absent holder, to whom the task comes back
        String owner = holding.assignee() != null ? holding.assignee() : actor.username();
        if (to.username().equals(owner)) {
            throw ValidationException.of("toUser", "不能委派给任务的持有人本人");
        }
        if (mapper.handOver(taskId, to.username(), owner, TaskHolding.PENDING, holding.version()) == 0) {
            throw new ConflictException(LOST);
        }
        record(task, holding, actor, ReviewAction.DELEGATE, note, to);
        engine.delegate(taskId, owner, to.username(), LOST);
    }

    /** 交回: the delegate hands the task back to the delegator with an opinion; the delegator decides. */
    @Transactional
    public void resolve(String taskId, CurrentUser actor, String opinion) {
        Limits.requireText("opinion", "审阅意见", opinion, Limits.OPINION);
        ReviewTask task = reviewStep(taskId, actor);
        TaskHolding holding = holding(taskId);
        if (!holding.delegated()) {
            throw new ConflictException("该任务不在委派中，无需交回");
        }
        if (!holds(actor, holding.assignee())) {
            throw new ConflictException("只有受委派人可以交回该任务");
        }
        if (mapper.handOver(taskId, holding.owner(), holding.owner(), TaskHolding.RESOLVED, holding.version()) == 0) {
            throw new ConflictException(LOST);
        }
        record(task, holding, actor, ReviewAction.RESOLVE, opinion, person(holding.owner()).orElse(null));
        engine.resolve(taskId, LOST);
    }

    /**
     * Whether the user may open the task beyond being in its group: a task held by someone else is theirs alone
     * (and their deputy's), except that a delegator still sees what they delegated. 409: the task moved on.
     */
    @Transactional(readOnly = true)
    public void requireMayOpen(String taskId, CurrentUser user) {
        TaskHolding holding = mapper.holding(taskId);
        if (holding == null || holding.assignee() == null || holds(user, holding.assignee())
                || holding.delegated() && user.username().equals(holding.owner())) {
            return;
        }
        if (!holding.delegated() && holding.owner() == null && stepRules.signerTask(taskId)) {
            // an added signer's review is assigned from the start: nobody transferred it
            throw new ConflictException("该任务为加签审核，由“" + name(holding.assignee()) + "”办理，不在您的待办中");
        }
        throw new ConflictException("该任务已" + (holding.delegated() ? "委派" : "转办") + "给“"
                + name(holding.assignee()) + "”，不在您的待办中");
    }

    /**
     * Checks that the user may decide the task now, and returns the marks of the decision: 代 X when a deputy acts
     * on a task held by X. A delegated task is decided by nobody until it is handed back (409 with the reason).
     */
    @Transactional(readOnly = true)
    public Marks beforeDecision(String taskId, CurrentUser user) {
        TaskHolding holding = mapper.holding(taskId);
        if (holding == null) {
            return Marks.NONE;
        }
        if (holding.delegated()) {
            throw new ConflictException(user.username().equals(holding.owner())
                    ? "该任务已委派给“" + name(holding.assignee()) + "”审阅，待其交回后再作决定"
                    : "您受委派审阅该任务，请填写意见后“交回”委派人，由其决定");
        }
        requireMayOpen(taskId, user);
        if (holding.assignee() != null && !holding.assignee().equals(user.username())) {
            return new Marks(holding.assignee(), name(holding.assignee()), null, null);
        }
        return Marks.NONE;
    }

    /**
     * The tasks of a group query (the workbench's list, a subject's open task) the user holds: those nobody holds
     * personally, and those the user or the user's principal holds — as the inbox read model has it.
     */
    @Transactional(readOnly = true)
    public java.util.List<ReviewTask> heldBy(CurrentUser user, java.util.List<ReviewTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        java.util.function.Predicate<String> mayAct = deputies.mayActOnHeldBy(user);
        java.util.Set<String> others = new java.util.HashSet<>();
        java.util.List<String> ids = tasks.stream().map(ReviewTask::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            mapper.held(ids.subList(from, Math.min(ids.size(), from + 500))).stream()
                    .filter(h -> !mayAct.test(h.assignee())).forEach(h -> others.add(h.taskId()));
        }
        return others.isEmpty() ? tasks : tasks.stream().filter(t -> !others.contains(t.id())).toList();
    }

    /** The users the task could be handed to (its candidate group, the actor and its current holder left out). */
    @Transactional(readOnly = true)
    public java.util.List<Roster.Person> candidates(String taskId, CurrentUser actor) {
        TaskHolding holding = holding(taskId);
        return people.roster().people().stream()
                .filter(p -> p.groupIds().contains(holding.candidateGroup()))
                .filter(p -> !p.username().equals(actor.username()) && !p.username().equals(holding.assignee()))
                .toList();
    }

    /** The user's view of the task's holder, for the screens: who holds it and whether it is delegated. */
    @Transactional(readOnly = true)
    public Optional<TaskHolding> holdingOf(String taskId) {
        return Optional.ofNullable(mapper.holding(taskId));
    }

    private ReviewTask reviewStep(String taskId, CurrentUser actor) {
        ReviewTask task = reviews.task(taskId, actor);
        if (task.decisions().isEmpty()) {
            throw new ConflictException("“" + task.name() + "”须由本单位在对应页面填报，不能转办或委派");
        }
        return task;
    }

    private TaskHolding holding(String taskId) {
        TaskHolding holding = mapper.holding(taskId);
        if (holding == null) {
            throw new ConflictException(LOST);
        }
        return holding;
    }

    /** The task as its holder sees it: not delegated, and the actor holds it (as a group member or deputy). */
    private TaskHolding holderOnly(String taskId, CurrentUser actor, String what) {
        TaskHolding holding = holding(taskId);
        if (holding.delegated()) {
            throw new ConflictException("该任务已委派给“" + name(holding.assignee()) + "”，交回前不能" + what);
        }
        if (holding.assignee() != null && !holds(actor, holding.assignee())) {
            throw new ConflictException(LOST);
        }
        return holding;
    }

    private boolean holds(CurrentUser user, String assignee) {
        return user.username().equals(assignee) || deputies.standsInFor(user.username(), assignee);
    }

    /** A user who could hold the step: active and in the task's candidate group; else 422 with the reason. */
    private Roster.Person recipient(String field, TaskHolding holding, CurrentUser actor, String username) {
        if (username == null || username.isBlank()) {
            throw ValidationException.of(field, "请选择接收人");
        }
        if (username.equals(actor.username())) {
            throw ValidationException.of(field, "不能转办或委派给自己");
        }
        Roster.Person to = person(username)
                .orElseThrow(() -> ValidationException.of(field, "用户“" + username + "”不存在或已停用"));
        if (!to.groupIds().contains(holding.candidateGroup())) {
            throw ValidationException.of(field, "“" + to.displayName() + "”不能处理该环节：须是同一单位（部门、财政局）"
                    + "具有相同审核角色的人员");
        }
        return to;
    }

    private void record(ReviewTask task, TaskHolding holding, CurrentUser actor, ReviewAction action, String opinion,
                        Roster.Person counterpart) {
        String principal = holding.assignee() != null && !holding.assignee().equals(actor.username())
                ? holding.assignee() : null;
        Marks marks = new Marks(principal, principal == null ? null : name(principal),
                counterpart == null ? null : counterpart.username(),
                counterpart == null ? null : counterpart.displayName());
        audit.recordMarked(task.subjectType(), task.subjectId(), task.subjectStatus(), action, actor,
                CandidateGroups.roleOf(holding.candidateGroup()), opinion, null, LOST, marks);
    }

    private Optional<Roster.Person> person(String username) {
        return people.person(username);
    }

    private String name(String username) {
        return person(username).map(Roster.Person::displayName).orElse(username);
    }
}
