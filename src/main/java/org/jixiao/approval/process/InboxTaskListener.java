package org.jixiao.approval.process;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.jixiao.approval.InboxRows;
import org.jixiao.approval.OpenedTask;
import org.jixiao.approval.StepDeadlines;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells the inbox read model when a user task opens and closes, inside the engine's command (and so in its
 * transaction). Registered as a built-in listener on every user task by {@link InboxEnginePlugin}: built-in
 * listeners run even when a process instance is deleted with {@code skipCustomListeners}.
 */
class InboxTaskListener implements TaskListener {
    private final ObjectProvider<InboxRows> rows;
    private final ObjectProvider<StepDeadlines> deadlines;

    InboxTaskListener(ObjectProvider<InboxRows> rows, ObjectProvider<StepDeadlines> deadlines) {
        this.rows = rows;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                // an added signer's review (加签) is assigned when it opens: the read model holds it for that one person
                OpenedTask opened = opened(task);
                rows.getObject().opened(opened);
                // a step of a captured chain with slaDays: its deadline goes on the row just written
                deadlines.getObject().opened(opened);
            }
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> rows.getObject().closed(task.getId());
            default -> {
                // assignment, update, timeout: nothing the inbox keeps changes
            }
        }
    }

    private static OpenedTask opened(DelegateTask task) {
        String group = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null)
                .findFirst().orElse(null);
        String definition = task.getProcessDefinitionId();
        int colon = definition == null ? -1 : definition.indexOf(':');
        return new OpenedTask(colon < 0 ? definition : definition.substring(0, colon), task.getId(),
                task.getTaskDefinitionKey(), task.getName(), group, task.getProcessInstanceId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                id(task.getVariable("unitId")), id(task.getVariable("departmentId")),
                task.getCreateTime() == null ? Instant.now() : task.getCreateTime().toInstant(),
                task.getAssignee(), null, null, id(task.getVariable(ChainSteps.RUN)),
                index(task.getVariable(ChainSteps.INDEX)));
    }

    static Integer index(Object variable) {
        return variable instanceof Number n ? n.intValue() : null;
    }

    static Long id(Object variable) {
        if (variable instanceof Number n) {
            return n.longValue();
        }
        try {
            return variable == null ? null : Long.valueOf(variable.toString());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
