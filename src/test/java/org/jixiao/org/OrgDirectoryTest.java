package org.jixiao.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which units, on the demo organisation: staff their unit, a department its units, finance all. */
@IntegrationTest
class OrgDirectoryTest {

    @Autowired
    OrgDirectory directory;

    Long unit(String code) {
        return directory.unitByCode(code).orElseThrow().getId();
    }

    DataScope scopeOf(String username) {
        return directory.scopeOf(directory.currentUser(username).orElseThrow());
    }

    @Test
    void staffAndLeaderSeeOnlyTheirUnit() {
        assertThat(scopeOf("staff").unitIds()).containsExactly(unit("450001"));
        assertThat(scopeOf("leader").unitIds()).containsExactly(unit("450001"));
        assertThat(scopeOf("staff2").unitIds()).containsExactly(unit("460001"));
    }

    @Test
    void aDepartmentSeesItsUnitsOnly() {
        assertThat(scopeOf("dept").unitIds()).contains(unit("450001")).doesNotContain(unit("460001"));
        assertThat(scopeOf("dept2").unitIds()).contains(unit("460001")).doesNotContain(unit("450001"));
    }

    @Test
    void financeSeesEveryUnit() {
        DataScope finance = scopeOf("finance");
        for (String code : new String[] {"410001", "450001", "460001", "470001", "480001"}) {
            assertThat(finance.includes(unit(code))).as(code).isTrue();
        }
        assertThat(finance.unitIds()).allSatisfy(id ->
                assertThat(directory.node(id).orElseThrow().getKind()).isEqualTo(OrgKind.UNIT));
    }

    @Test
    void aUnitKnowsItsDepartmentAndFinanceBureau() {
        Long leting = unit("450001");

        assertThat(directory.nearest(leting, OrgKind.DEPARTMENT).orElseThrow().getName()).isEqualTo("乐亭县应急管理局");
        assertThat(directory.nearest(leting, OrgKind.FINANCE).orElseThrow().getName()).isEqualTo("示范市财政局");
        assertThat(directory.ancestry(leting)).extracting(OrgNode::getKind)
                .containsExactly(OrgKind.UNIT, OrgKind.DEPARTMENT, OrgKind.FINANCE);
    }

    @Test
    void usersCarryTheirRolesAndFinanceBureau() {
        CurrentUser leader = directory.currentUser("leader").orElseThrow();

        assertThat(leader.roles()).containsExactly(Role.UNIT_LEADER);
        assertThat(leader.orgId()).isEqualTo(unit("450001"));
        assertThat(leader.financeBureauId()).isEqualTo(directory.nearest(unit("450001"), OrgKind.FINANCE).orElseThrow().getId());
        assertThat(directory.currentUser("nobody")).isEmpty();
        assertThat(directory.account("admin").orElseThrow().getPasswordHash()).matches("^(\\{bcrypt\\})?\\$2[aby]\\$.*");
    }
}
