package org.jixiao.support.sso;

import static org.awaitility.Awaitility.await;

import org.jixiao.support.ReviewSheetBodies;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jixiao.support.TargetFixtures;

/**
 * Issue 11, "Done when", as a script of the bureau would do it over the REST API alone, on a fresh production start
 * where only {@code admin} exists: desks, a department, a unit, its people (each changes the admin-issued password
 * at first sign-in), then a target drafted, submitted and approved up the whole chain. Also provisions the people
 * who sign in through the directory (lisi) and the IdP (wangwu; former, deactivated).
 */
public final class FreshBureau {
    public static final String UNIT_CODE = "610001";
    public static final String DEPARTMENT_CODE = "610";
    public static final String STAFF = "zhang.jingban";
    public static final String LEADER = "li.fuze";
    public static final String DEPT = "wang.zhuguan";
    public static final String FINANCE = "zhao.jixiao";
    public static final String FIRST_PASSWORD = "Chu-shi-mi-ma-2009";
    public static final String OWN_PASSWORD = "Zi-ji-de-mi-ma-2009";

    private final int port;

    private FreshBureau(int port) {
        this.port = port;
    }

    public ChildApi as(String username) {
        return ChildApi.as(port, username, OWN_PASSWORD);
    }

    /** The admin's part, then every person's first sign-in. */
    public static FreshBureau build(int port, String adminPassword) throws Exception {
        ChildApi admin = signedInAdmin(port, adminPassword);
        long bureau = -1;
        for (JsonNode node : admin.get("/api/admin/orgs").expect(200).json()) {
            if ("FINANCE".equals(node.get("kind").asText())) {
                bureau = node.get("id").asLong();
            }
        }
        long budgetDesk = admin.post("/api/admin/orgs", org("DESK", bureau, null, "行政政法科", null, null)).expect(201).id();
        long performanceDesk = admin.post("/api/admin/orgs", org("DESK", bureau, null, "绩效科", null, null))
                .expect(201).id();
        long department = admin.post("/api/admin/orgs",
                org("DEPARTMENT", bureau, DEPARTMENT_CODE, "新城市应急管理局", "ADMINISTRATIVE", budgetDesk)).expect(201).id();
        long unit = admin.post("/api/admin/orgs",
                org("UNIT", department, UNIT_CODE, "新城市应急管理局本级", "ADMINISTRATIVE", null)).expect(201).id();

        user(admin, STAFF, "张经办", unit, List.of("经办人"));
        user(admin, LEADER, "李负责", unit, List.of("UNIT_LEADER"));
        user(admin, DEPT, "王主管", department, List.of("DEPT_REVIEWER"));
        user(admin, FINANCE, "赵绩效", performanceDesk, List.of("FINANCE_REVIEWER"));
        user(admin, "lisi", "李四", department, List.of("DEPT_REVIEWER"));
        user(admin, "wangwu", "王五", unit, List.of("STAFF", "UNIT_LEADER"));
        JsonNode former = user(admin, "former", "前员工", unit, List.of("STAFF"));
        admin.post("/api/admin/users/" + former.get("id").asLong() + "/deactivate",
                Map.of("version", former.get("version").asInt())).expect(200);

        for (String person : List.of(STAFF, LEADER, DEPT, FINANCE)) {
            firstSignIn(ChildApi.as(port, person, FIRST_PASSWORD));
        }
        return new FreshBureau(port);
    }

    /** The staff drafts and submits a valid project target; leader, department and finance approve it. */
    public JsonNode approveATarget(int fiscalYear) throws Exception {
        Map<String, Object> body = TargetFixtures.validProject("新城市安全生产专家会诊服务");
        body.put("unitCode", UNIT_CODE);
        body.put("fiscalYear", fiscalYear);
        ChildApi staff = as(STAFF);
        long id = staff.post("/api/targets", body).expect(201).id();
        staff.get("/api/targets/" + id + "/checks").expect(200);
        staff.post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of(LEADER, DEPT, FINANCE)) {
            ChildApi api = as(reviewer);
            String task = null;
            for (JsonNode t : api.get("/api/tasks?size=200").expect(200).json().get("items")) {
                if ("TARGET".equals(t.path("type").asText()) && t.path("targetId").asLong() == id) {
                    task = t.get("id").asText();
                }
            }
            if (task == null) {
                throw new AssertionError(reviewer + " has no task for target " + id + ": " + api.get("/api/tasks").body());
            }
            // the finance step may be graded (88号 sheet): then approve with an 优 sheet
            ChildApi.Answer answer = api.post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意"));
            if (answer.status() == 422 && answer.body().contains("\"review.")) {
                answer = api.post("/api/tasks/" + task + "/approve", ReviewSheetBodies.approve("EXCELLENT", "同意"));
            }
            answer.expect(200);
        }
        return staff.get("/api/targets/" + id).expect(200).json();
    }

    /**
     * The bootstrap admin, made before the server starts answering (a few spaced tries stay as a guard, fewer than the
     * five failures that lock the account); then the password is changed if required.
     */
    private static ChildApi signedInAdmin(int port, String password) throws Exception {
        ChildApi first = ChildApi.as(port, "admin", password);
        // four tries at most in 10 s, three seconds apart: fewer than the five failed sign-ins that lock the account
        AtomicReference<ChildApi.Answer> signedIn = new AtomicReference<>();
        await("the bootstrap admin signing in").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> signedIn.set(first.get("/api/me").expect(200)));
        ChildApi admin = first;
        if (signedIn.get().json().get("passwordChangeRequired").asBoolean()) {
            admin.post("/api/me/password", Map.of("currentPassword", password, "newPassword", password + "-new"))
                    .expect(204);
            admin = ChildApi.as(port, "admin", password + "-new");
        }
        return admin;
    }

    /** An admin-issued password opens only the password change (403 PASSWORD_CHANGE_REQUIRED) until it is replaced. */
    private static void firstSignIn(ChildApi withFirstPassword) throws Exception {
        if (!withFirstPassword.get("/api/me").expect(200).json().get("passwordChangeRequired").asBoolean()) {
            throw new AssertionError("an admin-issued password must be changed at first sign-in");
        }
        JsonNode refused = withFirstPassword.get("/api/targets").expect(403).json();
        if (!"PASSWORD_CHANGE_REQUIRED".equals(refused.get("code").asText())) {
            throw new AssertionError("expected PASSWORD_CHANGE_REQUIRED: " + refused);
        }
        withFirstPassword.post("/api/me/password",
                Map.of("currentPassword", FIRST_PASSWORD, "newPassword", OWN_PASSWORD)).expect(204);
    }

    private static Map<String, Object> org(String kind, long parentId, String code, String name, String unitType,
                                           Long inChargeDeskId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("unitType", unitType);
        body.put("inChargeDeskId", inChargeDeskId);
        return body;
    }

    private static JsonNode user(ChildApi admin, String username, String displayName, long orgId, List<String> roles)
            throws Exception {
        return admin.post("/api/admin/users", Map.of("username", username, "displayName", displayName, "orgId", orgId,
                "roles", roles, "password", FIRST_PASSWORD)).expect(201).json();
    }
}
