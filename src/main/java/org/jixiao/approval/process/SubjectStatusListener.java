package org.jixiao.approval.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.jixiao.approval.ReviewSubjects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one status listener of every review process (issue 10 §2): {@code ${subjectStatus.enter(execution, 'X')}}
 * moves the process's subject to status X in the engine's transaction, through the {@link ReviewSubjects} of the
 * process key, so no feature implements an engine callback. The old per-feature bean names stay as aliases: process
 * definitions deployed before (and their running instances) name them.
 */
public class SubjectStatusListener {
    private final Map<String, ReviewSubjects> byProcessKey;
    private final RepositoryService repository;

    SubjectStatusListener(List<ReviewSubjects> subjects, RepositoryService repository) {
        this.byProcessKey = subjects.stream().collect(Collectors.toMap(ReviewSubjects::processKey, Function.identity()));
        this.repository = repository;
    }

    public void enter(DelegateExecution execution, String status) {
        // the definition comes from the engine's deployment cache; its id is not always "key:version:…"
        String key = repository.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        ReviewSubjects subjects = byProcessKey.get(key);
        if (subjects == null) {
            throw new IllegalStateException("no review subjects for process " + key);
        }
        subjects.moveTo(Long.valueOf(execution.getProcessBusinessKey()), status);
    }

    @Configuration
    static class Registration {
        @Bean({"subjectStatus", "targetStatusListener", "monitoringReportStatusListener", "selfEvaluationStatusListener"})
        SubjectStatusListener subjectStatus(List<ReviewSubjects> subjects, RepositoryService repository) {
            return new SubjectStatusListener(subjects, repository);
        }
    }
}
