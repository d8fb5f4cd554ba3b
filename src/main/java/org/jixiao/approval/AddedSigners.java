package org.jixiao.approval;

import static org.jixiao.approval.ReviewService.TASK_TAKEN;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.approval.chain.AddedSigner;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.approval.process.ReviewEngine;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.Limits;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 (issue 13 §3): the holder of a step of a configurable chain adds a reviewer for this case only, BEFORE the
 * step (the signer reviews first, then the step's holders get the case back) or AFTER it (once the step approves,
 * the signer reviews, then the chain goes on). The signer must be able to see the subject and hold a review post
 * for it: a post of the captured chain, or the subject's unit leader, department reviewer or finance bureau's
 * reviewer; the signer's review is offered in that post's group and assigned to the signer alone.
 *
 * <p>Once per task: the subject's row is claimed as for a decision, and the signer row is unique on the task it was
 * added on, so of concurrent requests one adds a signer and the rest get 409. BEFORE completes the step's task
 * (its history event names the task, as a decision does); AFTER leaves it open and tells the process who follows.
 */
@Service
public class AddedSigners {
    static final String TAKEN = "该环节已加签或已被处理，请刷新后查看";

    private final ReviewTasks tasks;
    private final ReviewDecisions decisions;
    private final ReviewSubjectTypes subjectTypes;
    private final StepRules stepRules;
    private final ChainRuns runs;
    private final ReviewEngine engine;
    private final AuditTrail audit;
    private final TaskHandovers handovers;
    private final OrgDirectory directory;
    private final TaskAudience audience;

    AddedSigners(ReviewTasks tasks, ReviewDecisions decisions, ReviewSubjectTypes subjectTypes, StepRules stepRules,
                 ChainRuns runs, ReviewEngine engine, AuditTrail audit, TaskHandovers handovers,
                 OrgDirectory directory, TaskAudience audience) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.subjectTypes = subjectTypes;
        this.stepRules = stepRules;
        this.runs = runs;
        this.engine = engine;
        this.audit = audit;
        this.handovers = handovers;
        this.directory = directory;
        this.audience = audience;
    }

    /** Adds the signer; returns the row. 422 on {@code user}, {@code position} or {@code note}; 409 when taken. */
    @Transactional
    public AddedSigner add(String taskId, CurrentUser actor, String username, String position, String note) {
        List<FieldViolation> problems = new ArrayList<>();
        Limits.text(problems, "note", "加签说明", note, Limits.OPINION);
        String placement = AddedSigner.BEFORE.equals(position) || AddedSigner.AFTER.equals(position) ? position : null;
        if (placement == null) {
            problems.add(new FieldViolation("position", "请选择加签位置：BEFORE（本环节之前）或 AFTER（本环节之后）"));
        }
        ReviewTask task = tasks.task(taskId, actor);
        StepRules.Place place = placeOf(task);
        CurrentUser signer = signer(problems, task, place, actor, username);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        if (!subjectTypes.of(task.subjectType()).claim(task.subjectId(), task.subjectStatus())) {
            throw new ConflictException(TASK_TAKEN);
        }
        Role role = tasks.roleFor(taskId, actor).orElseThrow(() -> new ConflictException(TASK_TAKEN));
        AuditTrail.Marks held = handovers.beforeDecision(taskId, actor);
        AddedSigner row = row(task, place, placement, signer, note, actor);
        try {
            runs.addSigner(row);
        } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
            throw new ConflictException(TAKEN);
        }
        if (row.before()) {
            decisions.complete(task, role, actor, note, ReviewDecision.ADD_SIGNER, signer.username(),
                    signer.displayName(), Map.of(ChainSteps.ADDED, row.getId()));
        } else {
            audit.recordMarked(task.subjectType(), task.subjectId(), task.subjectStatus(), ReviewAction.SIGN_AFTER,
                    actor, role, note, null, TAKEN, new AuditTrail.Marks(held.onBehalfOf(), held.onBehalfOfName(),
                            signer.username(), signer.displayName()));
            engine.setVariable(taskId, ChainSteps.SIGNER_AFTER, row.getId(), TAKEN);
        }
        return row;
    }

    /** Who the holder may add as a signer on the task: reviewers in scope with a post for it, the holder left out. */
    @Transactional(readOnly = true)
    public List<CurrentUser> candidates(String taskId, CurrentUser actor) {
        ReviewTask task = tasks.task(taskId, actor);
        StepRules.Place place = placeOf(task);
        return audience.of(task).stream().filter(u -> !u.username().equals(actor.username()))
                .filter(u -> postOf(task, place, u).isPresent()).toList();
    }

    /** Whether a signer may still be added on the task (a step of a configurable chain, none added on it yet). */
    @Transactional(readOnly = true)
    public boolean mayAdd(String taskId) {
        return stepRules.place(taskId).filter(p -> !p.signerTask() && !p.signerWaiting()).isPresent();
    }

    /** The signer added after the task's step, who reviews once it approves; empty for none. */
    @Transactional(readOnly = true)
    public Optional<AddedSigner> waitingAfter(String taskId) {
        return stepRules.waitingAfter(taskId);
    }

    /** The open task's place in a configurable chain; 409 where no signer can be added there. */
    private StepRules.Place placeOf(ReviewTask task) {
        StepRules.Place place = stepRules.place(task.id()).orElseThrow(() -> new ConflictException(
                "“" + task.name() + "”不能加签（只有可配置审核流程的环节可以加签）"));
        if (place.signerTask()) {
            throw new ConflictException("加签人的审核不能再加签，请审核后由原环节处理");
        }
        if (place.signerWaiting()) {
            throw new ConflictException(TAKEN);
        }
        return place;
    }

    /** The signer, when allowed; else the reason on {@code user} and null. */
    private CurrentUser signer(List<FieldViolation> problems, ReviewTask task, StepRules.Place place,
                               CurrentUser actor, String username) {
        if (username == null || username.isBlank()) {
            problems.add(new FieldViolation("user", "请选择加签人"));
            return null;
        }
        CurrentUser signer = username.length() > Limits.KEY ? null : directory.currentUser(username.strip()).orElse(null);
        if (signer == null) {
            problems.add(new FieldViolation("user", "用户“" + abbreviated(username) + "”不存在或已停用"));
        } else if (signer.username().equals(actor.username())) {
            problems.add(new FieldViolation("user", "不能给自己加签"));
        } else if (postOf(task, place, signer).isEmpty()) {
            problems.add(new FieldViolation("user", "“" + signer.displayName() + "”不在可加签范围：须是能查看该事项的审核人员"
                    + "（本审核流程各环节的审核人，或本单位负责人、主管部门、本财政局的财政审核人员）"));
        } else {
            return signer;
        }
        return null;
    }

    /** The group the user would review in: a post of the run first, else the subject's own review posts. */
    private Optional<String> postOf(ReviewTask task, StepRules.Place place, CurrentUser user) {
        if (!subjectTypes.of(task.subjectType()).visibleTo(user, task.subjectId())) {
            return Optional.empty();
        }
        List<String> posts = new ArrayList<>(place.groups());
        posts.add(CandidateGroups.of(Role.UNIT_LEADER, place.unitId()));
        posts.add(CandidateGroups.of(Role.DEPT_REVIEWER, place.departmentId()));
        posts.add(CandidateGroups.of(Role.FINANCE_REVIEWER, place.financeBureauId()));
        Set<String> held = Set.copyOf(CandidateGroups.of(user));
        return posts.stream().filter(held::contains).findFirst();
    }

    private AddedSigner row(ReviewTask task, StepRules.Place place, String placement, CurrentUser signer, String note,
                            CurrentUser actor) {
        AddedSigner row = new AddedSigner();
        row.setRunId(place.runId());
        row.setTaskId(task.id());
        row.setStepPosition(place.index());
        row.setPlacement(placement);
        row.setUsername(signer.username());
        row.setDisplayName(signer.displayName());
        row.setCandidateGroup(postOf(task, place, signer).orElseThrow());
        row.setNote(note == null || note.isBlank() ? null : note.strip());
        row.setAddedBy(actor.username());
        row.setAddedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return row;
    }

    private static String abbreviated(String name) {
        return name.length() <= 32 ? name : name.substring(0, 32) + "…";
    }
}
