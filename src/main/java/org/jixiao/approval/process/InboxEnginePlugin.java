package org.jixiao.approval.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.jixiao.approval.InboxRows;
import org.jixiao.approval.StepDeadlines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link InboxTaskListener} on every user task of every process the engine parses (on deployment and when a
 * definition is loaded into its cache), so the inbox read model follows the engine without any BPMN naming it.
 */
@Component
class InboxEnginePlugin extends AbstractProcessEnginePlugin {
    private final ObjectProvider<InboxRows> rows;
    private final ObjectProvider<StepDeadlines> deadlines;

    InboxEnginePlugin(ObjectProvider<InboxRows> rows, ObjectProvider<StepDeadlines> deadlines) {
        this.rows = rows;
        this.deadlines = deadlines;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        InboxTaskListener listener = new InboxTaskListener(rows, deadlines);
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
                }
            }
        });
    }
}
