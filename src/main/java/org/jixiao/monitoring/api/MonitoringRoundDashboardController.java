package org.jixiao.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.monitoring.ProgressRow;
import org.jixiao.monitoring.internal.RedListEntry;
import org.jixiao.monitoring.MonitoringRoundDashboardService;
import org.jixiao.monitoring.MonitoringRoundExport;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring-rounds/{id}")
@Tag(name = "绩效运行监控看板", description = "A round's progress by department, its red list and the Excel export")
class MonitoringRoundDashboardController {
    private final MonitoringRoundDashboardService dashboard;
    private final MonitoringRoundExport export;
    private final CurrentUserProvider currentUser;

    MonitoringRoundDashboardController(MonitoringRoundDashboardService dashboard, MonitoringRoundExport export, CurrentUserProvider currentUser) {
        this.dashboard = dashboard;
        this.export = export;
        this.currentUser = currentUser;
    }

    @GetMapping("/departments")
    @Operation(summary = "Progress by department (finance, admin) or by own unit (department and unit roles)")
    List<ProgressRow> progress(@PathVariable Long id) {
        return dashboard.progress(currentUser.require(), id);
    }

    /** One page of the red list; the total is in the {@code X-Total-Count} header. */
    record RedListItem(Long reportId, Long unitId, String unitName, String targetName, String projectCode,
                       String budgetLight, String light, String status, boolean overdue) {
        static RedListItem of(RedListEntry e) {
            return new RedListItem(e.getReportId(), e.getUnitId(), e.getUnitName(), e.getTargetName(),
                    e.getProjectCode(), e.getBudgetLight(), e.getLight(),
                    e.getStatus() == null ? null : e.getStatus().name(), e.isOverdue());
        }
    }

    @GetMapping("/red-list")
    @Operation(summary = "Reports whose overall or budget-execution light is red (红灯清单), paged; total in X-Total-Count")
    ResponseEntity<List<RedListItem>> redList(@PathVariable Long id, @RequestParam(defaultValue = "0") int offset,
                                              @RequestParam(defaultValue = "100") int limit) {
        CurrentUser user = currentUser.require();
        List<RedListItem> page = dashboard.redList(user, id, offset, limit).stream().map(RedListItem::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(dashboard.countRed(user, id))).body(page);
    }

    /**
     * Written synchronously to the response rather than as a StreamingResponseBody: a big round may take
     * longer than the servlet container's async timeout. Scope and role are checked before the first byte.
     */
    @GetMapping("/export")
    @Operation(summary = "The round as .xlsx: sheet 项目 (one row per report) and sheet 指标 (one row per indicator); "
            + "finance and admin the whole round, a department its own units; unit roles 403")
    void export(@PathVariable Long id, HttpServletResponse response) throws IOException {
        MonitoringRoundExport.File file = export.prepare(currentUser.require(), id);
        response.setContentType(MonitoringRoundExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        file.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
