package org.jixiao.approval.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewSubjectTypes;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.StepRules;
import org.jixiao.approval.chain.AddedSigner;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.StepRow;
import org.jixiao.common.ConflictException;
import org.springframework.stereotype.Component;

/**
 * {@link StepRules} from the chain run captured at submission: the task's process variables name run and step, and
 * an added signer's review (加签) where there is one. A signer's review has no options of the step's own: no sheet,
 * no deadline, an opinion always, return to the drafter as the step allows.
 */
@Component
class ChainStepRules implements StepRules {
    private static final List<String> VARIABLES = List.of(ChainSteps.RUN, ChainSteps.INDEX, ChainSteps.SIGNER,
            ChainSteps.SIGNER_AFTER, ChainSteps.RESUME, "unitId", "departmentId", "financeBureauId");
    /** An activity only the process definitions with the tools of issue 13 §3 have. */
    private static final String TOOLS_ACTIVITY = "Task_ReturnToStep";

    private final EngineQueries queries;
    private final ChainRuns runs;
    /** The features' subjects, which ReviewSubjectTypes looks up lazily (they depend on the review service). */
    private final ReviewSubjectTypes subjects;

    ChainStepRules(EngineQueries queries, ChainRuns runs, ReviewSubjectTypes subjects) {
        this.queries = queries;
        this.runs = runs;
        this.subjects = subjects;
    }

    /** The task's run, step and signers as its process holds them. */
    private record Held(Long runId, LoopRoute route, StepRow step, AddedSigner signer, Map<String, Object> vars) {
    }

    @Override
    public boolean gradingRequired(String taskId) {
        return held(taskId).filter(h -> h.signer() == null).map(h -> h.step().isGrading()).orElse(false);
    }

    @Override
    public Integer slaDays(String taskId) {
        return held(taskId).filter(h -> h.signer() == null).map(h -> h.step().getSlaDays()).orElse(null);
    }

    @Override
    public boolean opinionRequired(String taskId) {
        return held(taskId).map(h -> h.signer() != null || h.step().isOpinionRequired()).orElse(false);
    }

    @Override
    public boolean mayReturn(String taskId) {
        return held(taskId).map(h -> h.step().isMayReturn()).orElse(true);
    }

    @Override
    public boolean signerTask(String taskId) {
        return held(taskId).map(h -> h.signer() != null).orElse(false);
    }

    @Override
    public boolean chainStep(String taskId) {
        return held(taskId).isPresent();
    }

    @Override
    public Optional<Place> place(String taskId) {
        Optional<Held> found = held(taskId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!queries.definitionHas(taskId, TOOLS_ACTIVITY)) {
            // no such activity, or no such task any more: a concurrent request decided it (409, not "no tools")
            if (queries.task(taskId).isEmpty()) {
                throw new ConflictException(ReviewService.TASK_TAKEN);
            }
            return Optional.empty();
        }
        Held h = found.get();
        List<StepRow> steps = runs.steps(h.runId());
        List<UpcomingStep> passed = steps.subList(0, h.route().index()).stream().map(ChainStepRules::upcoming).toList();
        return Optional.of(new Place(h.runId(), h.route().index(), passed, runs.run(h.runId()).getAfterReturn(),
                h.signer() != null, h.route().signerAfter() != null, h.step().isMayReturn(),
                steps.stream().map(StepRow::getCandidateGroup).distinct().toList(),
                InboxTaskListener.id(h.vars().get("unitId")), InboxTaskListener.id(h.vars().get("departmentId")),
                InboxTaskListener.id(h.vars().get("financeBureauId"))));
    }

    @Override
    public Optional<AddedSigner> waitingAfter(String taskId) {
        return held(taskId).map(h -> h.route().signerAfter()).map(runs::signer);
    }

    /**
     * The steps to come as the loop would walk them from here if everyone approved: a signer waiting after the open
     * step, a straight way back to a returner (直送退回人), then the rest of the chain.
     */
    @Override
    public List<UpcomingStep> upcomingSteps(String subjectType, Long subjectId) {
        ReviewSubjects kind = subjects.find(subjectType);
        String processKey = kind == null ? null : kind.processKey();
        if (processKey == null) {
            return List.of();
        }
        Map<String, Object> vars = queries.subjectVariables(processKey, subjectId, VARIABLES);
        Long runId = InboxTaskListener.id(vars.get(ChainSteps.RUN));
        if (runId == null) {
            return List.of();
        }
        List<StepRow> steps = runs.steps(runId);
        List<UpcomingStep> upcoming = new ArrayList<>();
        Optional<LoopRoute> next = route(vars, steps.size()).next();
        while (next.isPresent() && upcoming.size() <= 2 * steps.size() + 2) {
            LoopRoute at = next.get();
            if (at.signer() != null) {
                AddedSigner signer = runs.signer(at.signer());
                upcoming.add(new UpcomingStep("signer", "加签审核（" + signer.getDisplayName() + "）", null));
            } else {
                upcoming.add(upcoming(steps.get(at.index())));
            }
            next = at.next();
        }
        return upcoming;
    }

    private Optional<Held> held(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        // asked about a task just seen open: gone since means a concurrent request decided it
        Map<String, Object> vars = queries.taskVariables(taskId, VARIABLES)
                .orElseThrow(() -> new ConflictException(ReviewService.TASK_TAKEN));
        Long runId = InboxTaskListener.id(vars.get(ChainSteps.RUN));
        String key = queries.task(taskId).map(EngineTask::taskKey)
                .orElseThrow(() -> new ConflictException(ReviewService.TASK_TAKEN));
        if (runId == null && ChainSteps.LOOP_TASK.equals(key)) {
            // a chain's loop task always has its run: read without it, its process's variables were being deleted by
            // a concurrent completion (seen on H2: a graded step read as ungraded, a 422 to a lost race)
            throw new ConflictException(ReviewService.TASK_TAKEN);
        }
        // a report's 确认整改结果 runs beside the step that asked for it: that step's options are not its own
        if (runId == null || !ChainSteps.LOOP_TASK.equals(key)) {
            return Optional.empty();
        }
        List<StepRow> steps = runs.steps(runId);
        LoopRoute route = route(vars, steps.size());
        if (route.index() >= steps.size()) {
            return Optional.empty();
        }
        AddedSigner signer = route.signer() == null ? null : runs.signer(route.signer());
        return Optional.of(new Held(runId, route, steps.get(route.index()), signer, vars));
    }

    private LoopRoute route(Map<String, Object> vars, int size) {
        Long signer = InboxTaskListener.id(vars.get(ChainSteps.SIGNER));
        return new LoopRoute(vars.get(ChainSteps.INDEX) instanceof Number n ? n.intValue() : 0, signer,
                signer != null && runs.signer(signer).before(), InboxTaskListener.id(vars.get(ChainSteps.SIGNER_AFTER)),
                LoopRoute.parseResume(vars.get(ChainSteps.RESUME)), size);
    }

    private static UpcomingStep upcoming(StepRow s) {
        return new UpcomingStep(s.getStepKey(), s.getName(), s.getActorLevel());
    }
}
