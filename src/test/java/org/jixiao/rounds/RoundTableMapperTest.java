package org.jixiao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.internal.RoundTableMapper;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lease and round SQL, over each kind's tables, against the database of the run: the same contract for
 * monitoring and evaluation rounds (MonitoringMapperTest checks it in depth on monitoring). Rolled back; year 2102.
 */
@IntegrationTest
@Transactional
class RoundTableMapperTest {
    @Autowired
    RoundTableMapper tables;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgDirectory directory;

    private static RoundTables tablesOf(String kind) {
        return "monitoring".equals(kind)
                ? new RoundTables("monitoring_round", "monitoring_round_department", "monitoring_report")
                : new RoundTables("evaluation_round", "evaluation_round_department", "self_evaluation");
    }

    private long openingRound(String kind) {
        Long finance = directory.currentUser("finance").orElseThrow().financeBureauId();
        String sql = "monitoring".equals(kind)
                ? "INSERT INTO monitoring_round (finance_org_id, fiscal_year, cutoff_month, due_date, all_departments, "
                + "status, total, created_count, opened_by, opened_at, version) VALUES (?, 2102, 6, ?, FALSE, 'OPENING', "
                + "0, 0, 'finance', ?, 0)"
                : "INSERT INTO evaluation_round (finance_org_id, fiscal_year, due_date, all_departments, status, total, "
                + "created_count, opened_by, opened_at, version) VALUES (?, 2102, ?, FALSE, 'OPENING', 0, 0, 'finance', ?, 0)";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, finance);
            s.setObject(2, LocalDate.of(2102, 7, 15));
            s.setTimestamp(3, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitoring", "evaluation"})
    void leaseScopeAndOpeningWorkTheSameOnEveryKindsTables(String kind) {
        RoundTables t = tablesOf(kind);
        long id = openingRound(kind);
        Long department = directory.unitByCode("450001").orElseThrow().getParentId();
        tables.insertDepartment(t, id, department);

        RoundHeader header = tables.findHeader(t, id);
        assertThat(header.fiscalYear()).isEqualTo(2102);
        assertThat(header.dueDate()).isEqualTo(LocalDate.of(2102, 7, 15));
        assertThat(header.allDepartments()).isFalse();
        assertThat(header.status()).isEqualTo("OPENING");
        assertThat(tables.findDepartmentIds(t, id)).containsExactly(department);
        assertThat(tables.findIdsByStatus(t, "OPENING")).contains(id);

        Instant now = Instant.now();
        assertThat(tables.claim(t, id, "a", now, now.plusSeconds(60))).as("free").isEqualTo(1);
        assertThat(tables.claim(t, id, "b", now, now.plusSeconds(60))).as("held by a").isZero();
        assertThat(tables.renew(t, id, "b", now.plusSeconds(60))).isZero();
        assertThat(tables.renew(t, id, "a", now.plusSeconds(60))).isEqualTo(1);
        assertThat(tables.claim(t, id, "b", now.plusSeconds(61), now.plusSeconds(120))).as("expired").isEqualTo(1);
        assertThat(tables.refreshCreatedCount(t, id)).isEqualTo(1);
        assertThat(tables.markOpen(t, id, "a")).as("only the holder opens").isZero();
        assertThat(tables.markOpen(t, id, "b")).isEqualTo(1);
        assertThat(tables.findHeader(t, id).status()).isEqualTo("OPEN");
        assertThat(tables.claim(t, id, "c", now, now.plusSeconds(60))).as("not OPENING").isZero();
        assertThat(tables.findIdsByStatus(t, "OPENING")).doesNotContain(id);
    }
}
