package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jixiao.support.AddedOrgNodes;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 11 §1/§2 over real HTTP: the org tree and users as the admin manages them, and the forced password change. */
@IntegrationTest
class AdminApiTest {
    static final String STRONG = "Kuai-le-2026!";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    private AddedOrgNodes added;

    @BeforeEach
    void rememberTheTree() {
        added = AddedOrgNodes.from(jdbc);
    }

    @AfterEach
    void removeWhatThisTestAdded() {
        added.remove();
    }

    Api admin() {
        return Api.as(rest, "admin");
    }

    /** Unique per run: the MariaDB database outlives a run. */
    static String code(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    long bureauId() {
        return admin().get("/api/me").expect(200).body().get("orgPath").get(0).get("id").asLong();
    }

    @Test
    void onlyAdminsReachTheAdministration() {
        for (String user : List.of("staff", "leader", "dept", "finance", "desk")) {
            Api api = Api.as(rest, user);
            assertThat(api.get("/api/admin/orgs").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/admin/users").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/admin/audit").status()).as(user).isEqualTo(403);
            assertThat(api.post("/api/admin/orgs", Map.of("kind", "DESK", "parentId", 1, "name", "x")).status())
                    .as(user).isEqualTo(403);
            assertThat(api.post("/api/admin/users/1/deactivate", null).status()).as(user).isEqualTo(403);
            assertThat(api.post("/api/admin/orgs/1/deactivate", Map.of("version", 0)).status()).as(user).isEqualTo(403);
            assertThat(api.put("/api/admin/orgs/1", Map.of("name", "x")).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as(rest, null).get("/api/admin/orgs").status()).isEqualTo(401);
        admin().get("/api/admin/orgs").expect(200);
    }

    @Test
    void orgMistakesAre422OnTheirField() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "UNIT");
        body.put("parentId", bureauId());
        body.put("code", "45 0001");
        body.put("name", " ");
        body.put("unitType", "国企");
        assertThat(fields(admin().post("/api/admin/orgs", body).expect(422)))
                .containsExactlyInAnyOrder("name", "code", "parentId", "unitType");
        body.put("kind", "BUREAU");
        assertThat(fields(admin().post("/api/admin/orgs", body).expect(422))).containsExactly("kind");
        Map<String, Object> duplicate = new HashMap<>(Map.of("kind", "UNIT", "code", "450001", "name", "重复单位",
                "unitType", "行政"));
        duplicate.put("parentId", deptId("乐亭县应急管理局"));
        JsonNode problem = admin().post("/api/admin/orgs", duplicate).expect(422).body();
        assertThat(fields(problem)).containsExactly("code");
        Map<String, Object> deskTooLow = new HashMap<>(Map.of("kind", "DESK", "name", "科室"));
        deskTooLow.put("parentId", deptId("乐亭县应急管理局"));
        assertThat(fields(admin().post("/api/admin/orgs", deskTooLow).expect(422))).containsExactly("parentId");
    }

    @Test
    void nodesAreRenamedMovedAndDeactivatedNeverDeletedAndAStaleVersionIs409() {
        Api admin = admin();
        long bureau = bureauId();
        long dept = admin.post("/api/admin/orgs", Map.of("kind", "DEPARTMENT", "parentId", bureau, "code", code("D"),
                "name", "测试局", "unitType", "行政")).expect(201).id();
        long other = admin.post("/api/admin/orgs", Map.of("kind", "DEPARTMENT", "parentId", bureau, "code", code("D"),
                "name", "另一测试局")).expect(201).id();
        String unitCode = code("U");
        JsonNode unit = admin.post("/api/admin/orgs", Map.of("kind", "UNIT", "parentId", dept, "code", unitCode,
                "name", "测试局本级", "unitType", "事业单位")).expect(201).body();
        assertThat(unit.get("unitType").asText()).isEqualTo("INSTITUTION");
        assertThat(unit.get("level").asInt()).isEqualTo(3);
        assertThat(unit.get("version").asInt()).isZero();

        long unitId = unit.get("id").asLong();
        JsonNode moved = admin.put("/api/admin/orgs/" + unitId, Map.of("version", 0, "parentId", other, "code", unitCode,
                "name", "测试局本级（更名）", "unitType", "事业")).expect(200).body();
        assertThat(moved.get("parentId").asLong()).isEqualTo(other);
        assertThat(moved.get("version").asInt()).isEqualTo(1);
        JsonNode stale = admin.put("/api/admin/orgs/" + unitId, Map.of("version", 0, "parentId", dept, "code", unitCode,
                "name", "过期的修改", "unitType", "事业")).expect(409).body();
        assertThat(stale.get("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(fields(admin.put("/api/admin/orgs/" + other, Map.of("version", 0, "parentId", unitId,
                "name", "成环")).expect(422))).contains("parentId");

        assertThat(fields(admin.post("/api/admin/orgs/" + other + "/deactivate", null).expect(422))).containsExactly("version");
        assertThat(admin.post("/api/admin/orgs/" + other + "/deactivate", Map.of("version", 0)).expect(409).body()
                .get("code").asText()).isEqualTo("ORG_IN_USE");
        assertThat(admin.post("/api/admin/orgs/" + unitId + "/deactivate", Map.of("version", 0)).expect(409).body()
                .get("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(admin.post("/api/admin/orgs/" + unitId + "/deactivate", Map.of("version", 1)).expect(200).body()
                .get("active").asBoolean()).isFalse();
        assertThat(admin.post("/api/admin/orgs/" + unitId + "/deactivate", Map.of("version", 2)).expect(409).body()
                .get("code").asText()).isEqualTo("ALREADY_INACTIVE");
        admin.post("/api/admin/orgs/" + other + "/deactivate", Map.of("version", 0)).expect(200);
        JsonNode kept = find(admin.get("/api/admin/orgs").expect(200).body(), unitId);
        assertThat(kept.get("active").asBoolean()).isFalse();
        assertThat(kept.get("name").asText()).isEqualTo("测试局本级（更名）");
        assertThat(admin.put("/api/admin/orgs/999999999", Map.of("version", 0, "name", "x")).status()).isEqualTo(404);
    }

    @Test
    void userMistakesAre422OnTheirField() {
        long unit = unitId("450001");
        Map<String, Object> body = new HashMap<>();
        body.put("username", "staff");
        body.put("displayName", "");
        body.put("orgId", unit);
        body.put("roles", List.of("DEPT_REVIEWER"));
        body.put("password", "1234567890");
        assertThat(fields(admin().post("/api/admin/users", body).expect(422)))
                .containsExactlyInAnyOrder("username", "displayName", "roles", "password");
        body.put("username", "x y");
        body.put("displayName", "某人");
        body.put("roles", List.of("BOSS"));
        body.put("password", "short");
        assertThat(fields(admin().post("/api/admin/users", body).expect(422)))
                .containsExactlyInAnyOrder("username", "roles", "password");
        body.put("username", "samename1");
        body.put("roles", List.of("STAFF"));
        body.put("password", "samename1");
        JsonNode problem = admin().post("/api/admin/users", body).expect(422).body();
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("密码至少");
        body.put("username", "samename12");
        body.put("password", "SAMENAME12");
        assertThat(admin().post("/api/admin/users", body).expect(422).body().get("errors").get(0).get("message")
                .asText()).isEqualTo("密码不能与用户名相同");
    }

    @Test
    void anAdminCreatedUserHoldsTwoRolesAndMustChangeThePasswordFirst() {
        Api admin = admin();
        String username = code("u");
        JsonNode created = admin.post("/api/admin/users", Map.of("username", username, "displayName", "兼任测试",
                "orgId", unitId("450001"), "roles", List.of("STAFF", "单位负责人"), "password", STRONG)).expect(201).body();
        assertThat(created.get("roles").toString()).isEqualTo("[\"STAFF\",\"UNIT_LEADER\"]");
        assertThat(created.get("mustChangePassword").asBoolean()).isTrue();

        Api first = Api.as(rest, username, STRONG);
        JsonNode refused = first.get("/api/targets?year=2025").expect(403).body();
        assertThat(refused.get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(first.get("/api/tasks").expect(403).body().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(first.get("/api/me").expect(200).body().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(fields(first.post("/api/me/password", Map.of("currentPassword", "wrong-password-1",
                "newPassword", "qwertyuiop")).expect(422))).containsExactlyInAnyOrder("currentPassword", "newPassword");
        assertThat(fields(first.post("/api/me/password", Map.of("currentPassword", STRONG, "newPassword", STRONG))
                .expect(422))).containsExactly("newPassword");
        first.post("/api/me/password", Map.of("currentPassword", STRONG, "newPassword", "Xin-mi-ma-2026")).expect(204);
        assertThat(first.get("/api/me").status()).isEqualTo(401);
        Api changed = Api.as(rest, username, "Xin-mi-ma-2026");
        changed.get("/api/targets?year=2025").expect(200);
        assertThat(changed.get("/api/me").expect(200).body().get("passwordChangeRequired").asBoolean()).isFalse();

        long id = created.get("id").asLong();
        int v0 = find(admin.get("/api/admin/users").expect(200).body(), id).get("version").asInt();
        assertThat(admin.post("/api/admin/users/" + id + "/reset-password", Map.of("version", v0 + 5,
                "password", "Chong-zhi-2026")).expect(409).body().get("code").asText()).isEqualTo("STALE_VERSION");
        admin.post("/api/admin/users/" + id + "/reset-password", Map.of("version", v0, "password", "Chong-zhi-2026"))
                .expect(200);
        Api reset = Api.as(rest, username, "Chong-zhi-2026");
        assertThat(reset.get("/api/tasks").expect(403).body().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(fields(admin.post("/api/admin/users/" + id + "/reset-password", Map.of("version", v0 + 1,
                "password", "abc")).expect(422))).containsExactly("password");

        int version = find(admin.get("/api/admin/users").expect(200).body(), id).get("version").asInt();
        JsonNode moved = admin.put("/api/admin/users/" + id, Map.of("version", version, "displayName", "兼任测试（调动）",
                "orgId", unitId("460001"), "roles", List.of("STAFF"))).expect(200).body();
        assertThat(moved.get("orgName").asText()).isEqualTo("库尔勒市应急管理局本级");
        assertThat(admin.put("/api/admin/users/" + id, Map.of("version", version, "displayName", "过期",
                "orgId", unitId("460001"), "roles", List.of("STAFF"))).expect(409).body().get("code").asText())
                .isEqualTo("STALE_VERSION");
        assertThat(fields(admin.put("/api/admin/users/" + id, Map.of("displayName", "无版本", "orgId", unitId("460001"),
                "roles", List.of("STAFF"))).expect(422))).containsExactly("version");

        int v = moved.get("version").asInt();
        assertThat(fields(admin.post("/api/admin/users/" + id + "/deactivate", null).expect(422))).containsExactly("version");
        admin.post("/api/admin/users/" + id + "/deactivate", Map.of("version", v)).expect(200);
        assertThat(reset.get("/api/me").status()).isEqualTo(401);
        assertThat(admin.post("/api/admin/users/" + id + "/deactivate", Map.of("version", v + 1)).expect(409).body()
                .get("code").asText()).isEqualTo("ALREADY_INACTIVE");
        admin.post("/api/admin/users/" + id + "/activate", Map.of("version", v + 1)).expect(200);
        reset.get("/api/me").expect(200);
    }

    @Test
    void theAdminCannotLockThemselvesOut() {
        Api admin = admin();
        JsonNode me = admin.get("/api/admin/users").expect(200).body();
        JsonNode self = null;
        for (JsonNode u : me) {
            if ("admin".equals(u.get("username").asText())) {
                self = u;
            }
        }
        assertThat(self).isNotNull();
        long id = self.get("id").asLong();
        admin.post("/api/admin/users/" + id + "/deactivate", Map.of("version", self.get("version").asInt())).expect(409);
        assertThat(fields(admin.put("/api/admin/users/" + id, Map.of("version", self.get("version").asInt(),
                "displayName", "系统管理员", "orgId", self.get("orgId").asLong(), "roles", List.of("FINANCE_REVIEWER")))
                .expect(422))).containsExactly("roles");
    }

    @Test
    void everyAdminActionIsAuditedWithBeforeAndAfter() {
        Api admin = admin();
        String deskCode = code("K");
        long desk = admin.post("/api/admin/orgs", Map.of("kind", "DESK", "parentId", bureauId(), "code", deskCode,
                "name", "审计测试科")).expect(201).id();
        admin.put("/api/admin/orgs/" + desk, Map.of("version", 0, "parentId", bureauId(), "code", deskCode,
                "name", "审计测试科（改）")).expect(200);
        JsonNode entries = admin.get("/api/admin/audit?limit=5").expect(200).body().get("entries");
        JsonNode update = entries.get(0);
        assertThat(update.get("actor").asText()).isEqualTo("admin");
        assertThat(update.get("action").asText()).isEqualTo("ORG_UPDATE");
        assertThat(update.get("subjectId").asLong()).isEqualTo(desk);
        assertThat(update.get("beforeJson").asText()).contains("审计测试科\"");
        assertThat(update.get("afterJson").asText()).contains("审计测试科（改）");
        assertThat(update.get("occurredAt").asText()).isNotBlank();
        assertThat(entries.get(1).get("action").asText()).isEqualTo("ORG_CREATE");
        assertThat(entries.get(1).get("beforeJson").isNull()).isTrue();
    }

    @Test
    void theDemoHasDesksAUserWithTwoRolesAndAPopulatedAuditLog() {
        JsonNode desk = Api.as(rest, "desk").get("/api/me").expect(200).body();
        assertThat(desk.get("org").get("name").asText()).isEqualTo("行政政法科");
        assertThat(desk.get("roles").toString()).isEqualTo("[\"FINANCE_REVIEWER\"]");
        assertThat(Api.as(rest, "finance").get("/api/me").expect(200).body().get("org").get("name").asText())
                .isEqualTo("绩效科");
        assertThat(Api.as(rest, "dual").get("/api/me").expect(200).body().get("roles").toString())
                .isEqualTo("[\"STAFF\",\"UNIT_LEADER\"]");
        JsonNode orgs = admin().get("/api/admin/orgs").expect(200).body();
        long politics = -1;
        for (JsonNode n : orgs) {
            if ("行政政法科".equals(n.get("name").asText())) {
                politics = n.get("id").asLong();
            }
        }
        int inCharge = 0;
        for (JsonNode n : orgs) {
            if ("DEPARTMENT".equals(n.get("kind").asText()) && n.get("inChargeDeskId").asLong() == politics) {
                inCharge++;
            }
        }
        assertThat(inCharge).isEqualTo(5);
        assertThat(admin().get("/api/admin/audit").expect(200).body().get("total").asLong()).isGreaterThanOrEqualTo(8);
        // a desk's finance reviewer acts for the bureau: the whole bureau's units are in scope
        assertThat(Api.as(rest, "desk").get("/api/targets?year=2024").expect(200).body().size()).isGreaterThan(0);
    }

    long unitId(String code) {
        for (JsonNode n : admin().get("/api/admin/orgs").expect(200).body()) {
            if (code.equals(n.get("code").asText(null))) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + code);
    }

    long deptId(String name) {
        for (JsonNode n : admin().get("/api/admin/orgs").expect(200).body()) {
            if (name.equals(n.get("name").asText()) && "DEPARTMENT".equals(n.get("kind").asText())) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no department " + name);
    }

    static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    static List<String> fields(Api.Response response) {
        return fields(response.body());
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
