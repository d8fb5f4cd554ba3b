package org.jixiao.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jixiao.security.TestAccounts;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11 §4: the engine's identity service is our users and candidate groups, read-only, asked through the
 * engine's own API (as Cockpit, Tasklist and Admin ask it). Reads the demo organisation; adds test users only.
 */
@IntegrationTest
class RosterIdentityProviderTest {
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestAccounts accounts;

    @BeforeEach
    void demoLoaded() {
        accounts = new TestAccounts(jdbc, encoder);
        accounts.like("staff", "camid-wait"); // waits for the demo users
    }

    @Test
    void theIdentityServiceIsReadOnlySoTheWebappsOfferNoSetup() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
        assertThat(identity.checkPassword("admin", "demo")).as("we sign in through Jixiao only").isFalse();
        assertThat(identity.createTenantQuery().count()).isZero();
        assertThat(identity.createTenantQuery().userMember("admin").list()).isEmpty();
        assertThatThrownBy(() -> identity.createNativeUserQuery().sql("SELECT * FROM ACT_ID_USER").list())
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void usersAreOurActiveUsersWithTheirDisplayNames() {
        User admin = identity.createUserQuery().userId("admin").singleResult();
        assertThat(admin.getFirstName()).isEqualTo("系统管理员");
        assertThat(identity.createUserQuery().userIdIn("staff", "leader", "nobody").list())
                .extracting(User::getId).containsExactly("leader", "staff");
        assertThat(identity.createUserQuery().userFirstNameLike("%经办%").list()).extracting(User::getId)
                .contains("staff", "staff2").doesNotContain("admin", "leader");
        long enabled = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE enabled = TRUE", Long.class);
        assertThat(identity.createUserQuery().count()).isEqualTo(enabled);
        assertThat(identity.createUserQuery().list()).hasSize((int) enabled);
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
    }

    @Test
    void pagesAreStableAndOrdered() {
        List<String> all = identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList();
        assertThat(all).isSorted();
        List<String> first = ids(identity.createUserQuery().orderByUserId().asc().listPage(0, 3));
        List<String> second = ids(identity.createUserQuery().orderByUserId().asc().listPage(3, 3));
        assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(ids(identity.createUserQuery().orderByUserId().desc().listPage(0, 2)))
                .containsExactly(all.get(all.size() - 1), all.get(all.size() - 2));
        assertThat(identity.createUserQuery().listPage(all.size(), 10)).isEmpty();
        List<String> groups = identity.createGroupQuery().orderByGroupName().asc().list().stream()
                .map(Group::getName).toList();
        assertThat(groups).isSorted();
        assertThat(identity.createGroupQuery().orderByGroupName().asc().listPage(2, 2)).extracting(Group::getName)
                .containsExactlyElementsOf(groups.subList(2, 4));
    }

    @Test
    void groupsAreTheCandidateGroupsOfTheBpmnAndCamundaAdmin() {
        long units = count("SELECT COUNT(*) FROM org_node WHERE active = TRUE AND kind = 'UNIT'");
        long departments = count("SELECT COUNT(*) FROM org_node WHERE active = TRUE AND kind = 'DEPARTMENT'");
        long bureaus = count("SELECT COUNT(*) FROM org_node WHERE active = TRUE AND kind = 'FINANCE'");
        long desks = count("SELECT COUNT(*) FROM org_node WHERE active = TRUE AND kind = 'DESK'");
        assertThat(identity.createGroupQuery().count()).isEqualTo(1 + 2 * units + departments + bureaus + desks);

        Group admins = identity.createGroupQuery().groupId("camunda-admin").singleResult();
        assertThat(admins.getType()).isEqualTo("SYSTEM");
        Group staffGroup = identity.createGroupQuery().groupId("STAFF:" + orgOf("staff")).singleResult();
        assertThat(staffGroup.getType()).isEqualTo("WORKFLOW");
        assertThat(staffGroup.getName()).endsWith(" · 经办人");
        assertThat(identity.createGroupQuery().groupType("SYSTEM").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        assertThat(identity.createGroupQuery().groupNameLike("%单位负责人").count()).isEqualTo(units);
    }

    @Test
    void membershipsFollowRolesAndOrgNodes() {
        assertThat(groupsOf("staff")).containsExactly("STAFF:" + orgOf("staff"));
        assertThat(groupsOf("dual")).as("two roles, two groups")
                .containsExactlyInAnyOrder("STAFF:" + orgOf("dual"), "UNIT_LEADER:" + orgOf("dual"));
        assertThat(groupsOf("dept")).containsExactly("DEPT_REVIEWER:" + orgOf("dept"));
        // a finance reviewer at a desk (科室) acts for the bureau, exactly as the BPMN's FINANCE_REVIEWER group, and
        // holds the desk's own steps of a configured chain
        assertThat(groupsOf("desk")).containsExactlyInAnyOrder("FINANCE_REVIEWER:" + bureauOf("desk"),
                "FINANCE_REVIEWER:" + orgOf("desk"));
        // finance sits at the 绩效科 desk
        assertThat(groupsOf("finance")).containsExactlyInAnyOrder("FINANCE_REVIEWER:" + bureauOf("finance"),
                "FINANCE_REVIEWER:" + orgOf("finance"));
        assertThat(groupsOf("admin")).containsExactly("camunda-admin");

        assertThat(ids(identity.createUserQuery().memberOfGroup("camunda-admin").list())).contains("admin")
                .doesNotContain("staff", "finance");
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(count(
                "SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                        + "WHERE r.role = 'ADMIN' AND u.enabled = TRUE"));
        String leaderGroup = "UNIT_LEADER:" + orgOf("leader");
        String another = accounts.like("leader", "camid-leader");
        assertThat(ids(identity.createUserQuery().memberOfGroup(leaderGroup).list())).contains("leader", another)
                .doesNotContain("staff");
        assertThat(identity.createUserQuery().memberOfGroup(leaderGroup).userId(another).count()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup("UNIT_LEADER:999999").count()).isZero();
    }

    @Test
    void aDeactivatedUserIsInvisible() {
        String user = accounts.like("staff", "camid-off");
        long before = identity.createUserQuery().count();
        assertThat(identity.createUserQuery().userId(user).singleResult()).isNotNull();
        assertThat(groupsOf(user)).containsExactly("STAFF:" + orgOf("staff"));

        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", user);
        assertThat(identity.createUserQuery().userId(user).singleResult()).isNull();
        assertThat(identity.createUserQuery().count()).isEqualTo(before - 1);
        assertThat(ids(identity.createUserQuery().memberOfGroup("STAFF:" + orgOf("staff")).list()))
                .contains("staff").doesNotContain(user);
        assertThat(identity.createGroupQuery().groupMember(user).list()).isEmpty();
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private Long orgOf(String username) {
        return jdbc.queryForObject("SELECT org_id FROM app_user WHERE username = ?", Long.class, username);
    }

    /** The finance bureau above a user's node (or the node itself). */
    private Long bureauOf(String username) {
        Long node = orgOf(username);
        while (!"FINANCE".equals(jdbc.queryForObject("SELECT kind FROM org_node WHERE id = ?", String.class, node))) {
            node = jdbc.queryForObject("SELECT parent_id FROM org_node WHERE id = ?", Long.class, node);
        }
        return node;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static List<String> ids(List<User> users) {
        return users.stream().map(User::getId).toList();
    }
}
