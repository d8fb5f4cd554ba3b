package org.jixiao.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.admin.OrgAdminService;
import org.jixiao.admin.UserAdminService;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ValidationException;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.monitoring.MonitoringReportService;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.org.Accounts;
import org.jixiao.org.AppUser;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.OrgNodes;
import org.jixiao.org.Role;
import org.jixiao.targets.AnnualTask;
import org.jixiao.targets.Indicator;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.SpendingPlanPoint;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetSubmission;
import org.jixiao.targets.TargetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation, users (password {@code demo}) and the seed targets once per database.
 * Targets reach their demo status through the real approval process, so status and engine agree. Then the demo
 * monitoring round ({@link DemoMonitoring}) and year-end evaluation round ({@link DemoEvaluation}), each unless the
 * bureau already has it — so a demo database from before them gets them on its next start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String PASSWORD = "demo";

    /** Department name → code of its 本级 unit. */
    private static final Map<String, String> DEPARTMENTS = new LinkedHashMap<>();

    static {
        DEPARTMENTS.put("廊坊市应急管理局", "410001");
        DEPARTMENTS.put("乐亭县应急管理局", "450001");
        DEPARTMENTS.put("库尔勒市应急管理局", "460001");
        DEPARTMENTS.put("攀枝花市应急管理局", "470001");
        DEPARTMENTS.put("衡阳市应急管理局", "480001");
    }

    private final OrgNodes nodes;
    private final Accounts accounts;
    private final OrgDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final TargetService targets;
    private final TargetSubmission submission;
    private final ReviewService reviews;
    private final TransactionTemplate transaction;
    private final DemoMonitoring monitoring;
    private final DemoEvaluation evaluation;
    private final DemoAdministration administration;

    DemoDataLoader(OrgNodes nodes, Accounts accounts, OrgDirectory directory, PasswordEncoder passwordEncoder,
                   TargetService targets, TargetSubmission submission, ReviewService reviews, TransactionTemplate transaction,
                   MonitoringRoundService rounds, MonitoringReportService reports,
                   EvaluationRoundService evaluationRounds, SelfEvaluationService evaluations,
                   OrgAdminService orgAdmin, UserAdminService userAdmin) {
        this.nodes = nodes;
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.targets = targets;
        this.submission = submission;
        this.reviews = reviews;
        this.transaction = transaction;
        this.monitoring = new DemoMonitoring(rounds, reports);
        this.evaluation = new DemoEvaluation(evaluationRounds, evaluations);
        this.administration = new DemoAdministration(orgAdmin, userAdmin, directory, accounts, passwordEncoder);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Boolean fresh = transaction.execute(status -> {
            if (!nodes.none()) {
                return false;
            }
            createOrganisation();
            return true;
        });
        if (Boolean.TRUE.equals(fresh)) {
            int loaded = 0;
            for (DemoTarget demo : readTargets()) {
                transaction.executeWithoutResult(status -> load(demo));
                loaded++;
            }
            log.info("Demo data loaded: 5 departments, {} targets; users staff/leader/dept/finance/admin/staff2, password '{}'",
                    loaded, PASSWORD);
        }
        loadAdministration();
        loadMonitoring();
    }

    /** Desks, the two-role user and a populated audit log (issue 11 §5); a failure leaves the rest of the demo. */
    private void loadAdministration() {
        try {
            transaction.executeWithoutResult(status -> administration.load(DEPARTMENTS));
        } catch (RuntimeException e) {
            log.warn("Demo desks and administration not loaded", e);
        }
    }

    /** A failure here must not stop the application: the demo then simply has no monitoring or evaluation round. */
    private void loadMonitoring() {
        Optional<CurrentUser> finance = directory.currentUser("finance");
        Optional<CurrentUser> staff = directory.currentUser("staff");
        if (finance.isEmpty() || staff.isEmpty()) {
            return;
        }
        try {
            monitoring.load(finance.get(), staff.get());
        } catch (RuntimeException e) {
            log.warn("Demo monitoring round not loaded", e);
        }
        try {
            evaluation.load(finance.get(), staff.get());
        } catch (RuntimeException e) {
            log.warn("Demo evaluation round not loaded", e);
        }
    }

    private void createOrganisation() {
        OrgNode finance = node(null, OrgKind.FINANCE, null, "示范市财政局");
        user("finance", "钱审核（财政局）", finance, Role.FINANCE_REVIEWER);
        user("admin", "系统管理员", finance, Role.ADMIN);
        for (Map.Entry<String, String> department : DEPARTMENTS.entrySet()) {
            OrgNode dept = node(finance.getId(), OrgKind.DEPARTMENT, null, department.getKey());
            OrgNode unit = node(dept.getId(), OrgKind.UNIT, department.getValue(), department.getKey() + "本级");
            switch (department.getValue()) {
                case "450001" -> {
                    user("staff", "张经办", unit, Role.STAFF);
                    user("leader", "李负责人", unit, Role.UNIT_LEADER);
                    user("dept", "王审核（乐亭县应急管理局）", dept, Role.DEPT_REVIEWER);
                }
                case "460001" -> {
                    user("staff2", "赵经办（库尔勒）", unit, Role.STAFF);
                    user("leader2", "孙负责人（库尔勒）", unit, Role.UNIT_LEADER);
                    user("dept2", "周审核（库尔勒市应急管理局）", dept, Role.DEPT_REVIEWER);
                }
                default -> { }
            }
        }
    }

    private void load(DemoTarget demo) {
        String unitStaff = "460001".equals(demo.unitCode()) ? "staff2" : "staff";
        String unitLeader = "460001".equals(demo.unitCode()) ? "leader2" : "leader";
        String deptReviewer = "460001".equals(demo.unitCode()) ? "dept2" : "dept";
        PerformanceTarget created = targets.create(as(unitStaff), toTarget(demo));
        TargetStatus wanted = TargetStatus.valueOf(demo.demoStatus());
        if (wanted == TargetStatus.DRAFT) {
            return;
        }
        try {
            submission.submit(as(unitStaff), created.getId());
        } catch (ValidationException e) {
            log.warn("Demo target '{}' stays a draft: {}", demo.name(), e.violations());
            return;
        }
        List<String> chain = List.of(unitLeader, deptReviewer, "finance");
        int approvals = switch (wanted) {
            case UNIT_REVIEW, RETURNED -> 0;
            case DEPT_REVIEW -> 1;
            case FINANCE_REVIEW -> 2;
            default -> 3;
        };
        for (int step = 0; step < approvals; step++) {
            CurrentUser reviewer = as(chain.get(step));
            reviews.approve(taskOf(reviewer, created.getId()), reviewer, "同意");
        }
        if (wanted == TargetStatus.RETURNED) {
            CurrentUser reviewer = as(unitLeader);
            String opinion = demo.returnOpinion() == null ? "请补充指标值确定依据" : demo.returnOpinion();
            reviews.returnToDrafter(taskOf(reviewer, created.getId()), reviewer, opinion);
        }
    }

    private String taskOf(CurrentUser reviewer, Long targetId) {
        return reviews.openTaskFor(reviewer, TargetService.SUBJECT_TYPE, targetId).map(ReviewTask::id).orElseThrow();
    }

    private static PerformanceTarget toTarget(DemoTarget demo) {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.valueOf(demo.kind()));
        t.setFiscalYear(demo.fiscalYear());
        t.setUnitCode(demo.unitCode());
        t.setProjectCode(demo.projectCode());
        t.setName(demo.name());
        t.setProjectAttribute(demo.projectAttribute());
        t.setImplementationPeriod(demo.implementationPeriod());
        t.setFiscalFunds(demo.fiscalFunds());
        t.setOtherFunds(demo.otherFunds());
        t.setFundUse(demo.fundUse());
        t.setGoals(demo.goals());
        List<SpendingPlanPoint> plan = new ArrayList<>();
        if (demo.spendingPlan() != null) {
            demo.spendingPlan().forEach(p -> plan.add(new SpendingPlanPoint(p.month(), p.percent())));
        }
        t.setSpendingPlan(plan);
        List<AnnualTask> tasks = new ArrayList<>();
        if (demo.tasks() != null) {
            demo.tasks().forEach(k -> tasks.add(new AnnualTask(k.name(), k.content(), k.fiscalAmount(), k.otherAmount())));
        }
        t.setTasks(tasks);
        List<Indicator> indicators = new ArrayList<>();
        for (DemoTarget.DemoIndicator d : demo.indicators()) {
            Indicator i = new Indicator();
            i.setLevel1(d.level1());
            i.setLevel2(d.level2());
            i.setName(d.name());
            i.setDescription(d.description());
            i.setValueText(d.valueText());
            i.setWeight(d.weight());
            i.setBasis(d.basis());
            i.setStandard(d.standard());
            i.setScoringRule(d.scoringRule());
            indicators.add(i);
        }
        t.setIndicators(indicators);
        return t;
    }

    private CurrentUser as(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    private OrgNode node(Long parentId, OrgKind kind, String code, String name) {
        OrgNode node = new OrgNode(parentId, kind, code, name);
        if (kind == OrgKind.UNIT) {
            node.setUnitType(org.jixiao.org.UnitType.ADMINISTRATIVE);
        }
        nodes.add(node);
        return node;
    }

    private void user(String username, String displayName, OrgNode org, Role role) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(passwordEncoder.encode(PASSWORD));
        user.setDisplayName(displayName);
        user.setOrgId(org.getId());
        user.setRoles(EnumSet.of(role));
        accounts.create(user, user.getRoles());
    }

    private static List<DemoTarget> readTargets() throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = new ClassPathResource("demo/targets.json").getInputStream()) {
            return json.readValue(in, new TypeReference<>() { });
        }
    }
}
