package org.jixiao.workbench.ui;

import org.jixiao.admin.UserAdminService;
import org.jixiao.approval.process.EngineHealth;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.lockout.SignInGuard;
import org.springframework.stereotype.Component;

/** What the administrator's part of the workbench reads, in one bean so the view's constructor stays short. */
@Component
class AdminServices {
    private final UserAdminService users;
    private final SignInGuard signIns;
    private final MonitoringRoundService monitoring;
    private final EvaluationRoundService evaluation;
    private final EngineHealth engine;

    AdminServices(UserAdminService users, SignInGuard signIns, MonitoringRoundService monitoring,
                  EvaluationRoundService evaluation, EngineHealth engine) {
        this.users = users;
        this.signIns = signIns;
        this.monitoring = monitoring;
        this.evaluation = evaluation;
        this.engine = engine;
    }

    AdminOverview overview(CurrentUser admin) {
        return new AdminOverview(admin, users.list(admin), signIns.activeLocks(admin).size(), monitoring, evaluation,
                engine.status());
    }
}
