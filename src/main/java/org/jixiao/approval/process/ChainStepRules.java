package org.jixiao.approval.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.StepRules;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.StepRow;
import org.jixiao.common.ConflictException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@link StepRules} from the chain run captured at submission: the task's process variables name run and step. */
@Component
class ChainStepRules implements StepRules {
    private static final List<String> VARIABLES = List.of(ChainSteps.RUN, ChainSteps.INDEX);

    private final EngineQueries queries;
    private final ChainRuns runs;
    /** Looked up lazily: the features implementing it depend on the review service, which uses these rules. */
    private final ObjectProvider<ReviewSubjects> subjects;

    ChainStepRules(EngineQueries queries, ChainRuns runs, ObjectProvider<ReviewSubjects> subjects) {
        this.queries = queries;
        this.runs = runs;
        this.subjects = subjects;
    }

    @Override
    public boolean gradingRequired(String taskId) {
        return step(taskId).map(StepRow::isGrading).orElse(false);
    }

    @Override
    public Integer slaDays(String taskId) {
        return step(taskId).map(StepRow::getSlaDays).orElse(null);
    }

    @Override
    public boolean opinionRequired(String taskId) {
        return step(taskId).map(StepRow::isOpinionRequired).orElse(false);
    }

    @Override
    public boolean mayReturn(String taskId) {
        return step(taskId).map(StepRow::isMayReturn).orElse(true);
    }

    @Override
    public boolean chainStep(String taskId) {
        return step(taskId).isPresent();
    }

    @Override
    public List<UpcomingStep> upcomingSteps(String subjectType, Long subjectId) {
        String processKey = subjects.orderedStream().filter(s -> s.subjectType().equals(subjectType))
                .map(ReviewSubjects::processKey).findFirst().orElse(null);
        if (processKey == null) {
            return List.of();
        }
        Map<String, Object> vars = queries.subjectVariables(processKey, subjectId, VARIABLES);
        Long runId = InboxTaskListener.id(vars.get(ChainSteps.RUN));
        if (runId == null) {
            return List.of();
        }
        int index = vars.get(ChainSteps.INDEX) instanceof Number n ? n.intValue() : 0;
        List<StepRow> steps = runs.steps(runId);
        return steps.subList(Math.min(steps.size(), index + 1), steps.size()).stream()
                .map(s -> new UpcomingStep(s.getStepKey(), s.getName(), s.getActorLevel())).toList();
    }

    private Optional<StepRow> step(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        // asked about a task just seen open: gone since means a concurrent request decided it
        Map<String, Object> vars = queries.taskVariables(taskId, VARIABLES)
                .orElseThrow(() -> new ConflictException(ReviewService.TASK_TAKEN));
        Long runId = InboxTaskListener.id(vars.get(ChainSteps.RUN));
        if (runId == null) {
            return Optional.empty();
        }
        // a report's 确认整改结果 runs beside the step that asked for it: that step's options are not its own
        String key = queries.task(taskId).map(EngineTask::taskKey)
                .orElseThrow(() -> new ConflictException(ReviewService.TASK_TAKEN));
        if (!ChainSteps.LOOP_TASK.equals(key)) {
            return Optional.empty();
        }
        int index = vars.get(ChainSteps.INDEX) instanceof Number n ? n.intValue() : 0;
        List<StepRow> steps = runs.steps(runId);
        return index < steps.size() ? Optional.of(steps.get(index)) : Optional.empty();
    }
}
