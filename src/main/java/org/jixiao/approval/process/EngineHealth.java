package org.jixiao.approval.process;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * What an administrator should know about the engine without opening Cockpit (issue 12 §5 workbench): open
 * incidents, jobs that failed for good (no retries left) and jobs that failed and will retry. Read-only.
 */
@Component
public class EngineHealth {
    private final RuntimeService runtime;
    private final ManagementService management;

    EngineHealth(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** An open incident: its type (e.g. failedJob), the activity and process it stopped, its message, when. */
    public record Problem(String type, String processKey, String activity, String message, Instant at) {
    }

    /**
     * @param incidents    open incidents
     * @param failedJobs   jobs with no retries left (each also raised an incident)
     * @param retryingJobs jobs that failed and will be retried
     * @param latest       the newest open incidents, at most 5
     */
    public record Status(long incidents, long failedJobs, long retryingJobs, List<Problem> latest) {
        public boolean healthy() {
            return incidents == 0 && failedJobs == 0 && retryingJobs == 0;
        }
    }

    public Status status() {
        long incidents = runtime.createIncidentQuery().count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        long retrying = management.createJobQuery().withException().count() - failed;
        List<Problem> latest = incidents == 0 ? List.of() : runtime.createIncidentQuery()
                .orderByIncidentTimestamp().desc().listPage(0, 5).stream().map(EngineHealth::problem).toList();
        return new Status(incidents, failed, Math.max(0, retrying), latest);
    }

    private static Problem problem(Incident i) {
        String definition = i.getProcessDefinitionId();
        return new Problem(i.getIncidentType(), definition == null ? null : definition.split(":")[0],
                i.getActivityId(), i.getIncidentMessage(),
                i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant());
    }
}
