package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.approval.ProcessDiagramService;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/processes")
@Tag(name = "流程图", description = "Where a case stands in its deployed process (issue 13 §5)")
class ProcessDiagramController {
    private final ProcessDiagramService diagrams;
    private final CurrentUserProvider currentUser;

    ProcessDiagramController(ProcessDiagramService diagrams, CurrentUserProvider currentUser) {
        this.diagrams = diagrams;
        this.currentUser = currentUser;
    }

    @GetMapping("/{subjectType}/{id}/diagram")
    @Operation(summary = "The BPMN XML of the process the subject (TARGET, MONITORING_REPORT, SELF_EVALUATION) runs, "
            + "the activity ids passed and current, and the current steps' holders by name; only for users who may see "
            + "the subject (404 otherwise, and when it never entered its process)")
    ProcessDiagramService.Diagram diagram(@PathVariable String subjectType, @PathVariable Long id) {
        return diagrams.diagram(currentUser.require(), subjectType, id);
    }
}
