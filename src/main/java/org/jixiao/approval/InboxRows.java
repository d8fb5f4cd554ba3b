package org.jixiao.approval;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.approval.internal.InboxMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox read model ({@code review_task}, V25) in step with the engine: called by the engine's task
 * listener inside the engine's own transaction when a user task is created, completed or deleted, so a task is in
 * the inbox exactly while the engine has it open (a rollback takes both back). Tasks of processes that review no
 * subject (e.g. a round's deadline timers) are not kept.
 */
@Component
public class InboxRows {
    private static final Logger log = LoggerFactory.getLogger(InboxRows.class);

    private final InboxMapper mapper;
    private final ObjectProvider<ReviewSubjects> subjectsProvider;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<StepDeadlines> deadlines;

    InboxRows(InboxMapper mapper, ObjectProvider<ReviewSubjects> subjectsProvider, ApplicationEventPublisher events,
              ObjectProvider<StepDeadlines> deadlines) {
        this.deadlines = deadlines;
        this.mapper = mapper;
        this.subjectsProvider = subjectsProvider;
        this.events = events;
    }

    /**
     * The task is open: one row, with the subject's stable columns copied by one INSERT … SELECT. An added signer's
     * review (加签) is held by its assignee alone from the start: the row says so, as a transfer would, so the task
     * is in that person's 待办 only.
     */
    public void opened(OpenedTask task) {
        String type = insert(task);
        String assignee = task.assignee();
        if (type != null) {
            // notify: who can act on it is told after commit (ASSIGNED); a reconcile tells nobody again
            events.publishEvent(new TaskOpened(task.taskId(), task.taskKey(), task.taskName(), task.candidateGroup(),
                    type, Long.valueOf(task.businessKey()), assignee));
        }
    }

    /** The row for an open task; the subject type, or null when the task reviews no subject. */
    private String insert(OpenedTask task) {
        Optional<ReviewSubjects> kind = kindOf(task.processKey());
        if (kind.isEmpty() || task.candidateGroup() == null) {
            return null;
        }
        Long subjectId;
        try {
            subjectId = Long.valueOf(task.businessKey());
        } catch (NumberFormatException | NullPointerException notASubject) {
            return null;
        }
        String type = kind.get().subjectType();
        if (mapper.open(task, type, subjectId, kind.get().inboxSource()) == 0) {
            mapper.openBare(task, type, subjectId);
        }
        if (task.assignee() != null || task.owner() != null) {
            mapper.hold(task);
        }
        return type;
    }

    /** The task was completed or deleted. */
    public void closed(String taskId) {
        mapper.close(taskId, Instant.now());
    }

    /** The process keys whose tasks the inbox keeps. */
    public List<String> processKeys() {
        return subjectsProvider.orderedStream().map(ReviewSubjects::processKey).toList();
    }

    public long openCount() {
        return mapper.openCount();
    }

    /**
     * Brings the read model in line with the engine's open tasks (after an upgrade from before V25, or a restore):
     * rows for tasks it lacks, closed rows for tasks the engine no longer has. Idempotent; a row another node
     * inserted meanwhile is skipped.
     */
    public int reconcile(List<OpenedTask> engineTasks) {
        Set<String> open = new HashSet<>(mapper.openTaskIds());
        Set<String> seen = new HashSet<>();
        int changed = 0;
        for (OpenedTask task : engineTasks) {
            seen.add(task.taskId());
            if (!open.contains(task.taskId())) {
                try {
                    if (insert(task) != null) {
                        deadlines.getObject().rebuilt(task);
                    }
                    changed++;
                } catch (DuplicateKeyException alreadyThere) {
                    // inserted by another node or a task that is already closed here: nothing to do
                }
            }
        }
        for (String taskId : open) {
            if (!seen.contains(taskId)) {
                closed(taskId);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("inbox read model reconciled with the engine: {} rows added or closed", changed);
        }
        return changed;
    }

    private Optional<ReviewSubjects> kindOf(String processKey) {
        return subjectsProvider.orderedStream().filter(s -> s.processKey().equals(processKey)).findFirst();
    }
}
