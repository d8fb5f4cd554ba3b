package org.jixiao.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The roster's groups and memberships, from a small tree: bureau 1 → desk 2, department 3 → unit 4, unit 5 (off). */
class RosterTest {
    static final List<OrgNode> TREE = List.of(node(1, null, OrgKind.FINANCE, "示范市财政局", true),
            node(2, 1L, OrgKind.DESK, "绩效科", true), node(3, 1L, OrgKind.DEPARTMENT, "应急管理局", true),
            node(4, 3L, OrgKind.UNIT, "救援中心", true), node(5, 3L, OrgKind.UNIT, "撤销单位", false));

    static Stream<Arguments> memberships() {
        return Stream.of(
                Arguments.of(4L, Set.of(Role.STAFF), List.of("STAFF:4")),
                Arguments.of(4L, Set.of(Role.STAFF, Role.UNIT_LEADER), List.of("STAFF:4", "UNIT_LEADER:4")),
                Arguments.of(3L, Set.of(Role.DEPT_REVIEWER), List.of("DEPT_REVIEWER:3")),
                Arguments.of(1L, Set.of(Role.FINANCE_REVIEWER), List.of("FINANCE_REVIEWER:1")),
                // a desk acts for its bureau, and holds the steps of a configured chain that go to the desk itself
                Arguments.of(2L, Set.of(Role.FINANCE_REVIEWER), List.of("FINANCE_REVIEWER:1", "FINANCE_REVIEWER:2")),
                // ADMIN is no candidate group (the engine adds camunda-admin for it)
                Arguments.of(1L, Set.of(Role.ADMIN), List.of()),
                // a deactivated unit has no groups
                Arguments.of(5L, Set.of(Role.STAFF), List.of()),
                Arguments.of(4L, Set.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("memberships")
    void aUserIsInTheGroupsOfTheirRolesWhereTheyActFor(Long orgId, Set<Role> roles, List<String> groups) {
        Roster roster = Roster.of(List.of(user("u", orgId, true, roles)), TREE);
        assertThat(roster.people()).singleElement().satisfies(p -> {
            assertThat(p.groupIds()).containsExactlyInAnyOrderElementsOf(groups);
            assertThat(p.admin()).isEqualTo(roles.contains(Role.ADMIN));
        });
    }

    @Test
    void groupsAreOnePerRoleAndActiveNodeOfItsKind() {
        Roster roster = Roster.of(List.of(), TREE);
        assertThat(roster.groups()).extracting(Roster.Group::id)
                .containsExactly("FINANCE_REVIEWER:1", "FINANCE_REVIEWER:2", "DEPT_REVIEWER:3", "STAFF:4", "UNIT_LEADER:4");
        assertThat(roster.groups()).extracting(Roster.Group::name).contains("绩效科 · 财政审核");
        assertThat(roster.groups()).extracting(Roster.Group::name).contains("救援中心 · 单位负责人");
    }

    @Test
    void disabledUsersAndUsersOutsideTheTreeAreLeftOut() {
        Roster roster = Roster.of(List.of(user("b", 4L, true, Set.of(Role.STAFF)), user("off", 4L, false,
                Set.of(Role.STAFF)), user("lost", 99L, true, Set.of(Role.STAFF)), user("a", 4L, true, Set.of())), TREE);
        assertThat(roster.people()).extracting(Roster.Person::username).containsExactly("a", "b");
    }

    private static OrgNode node(long id, Long parent, OrgKind kind, String name, boolean active) {
        OrgNode node = new OrgNode(parent, kind, "C" + id, name);
        node.setId(id);
        node.setActive(active);
        return node;
    }

    private static AppUser user(String username, Long orgId, boolean enabled, Set<Role> roles) {
        AppUser user = new AppUser();
        user.setId((long) username.hashCode());
        user.setUsername(username);
        user.setDisplayName(username);
        user.setOrgId(orgId);
        user.setEnabled(enabled);
        user.setRoles(roles);
        return user;
    }
}
