package org.jixiao.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 9 §6 (d): two nodes starting at once against one MySQL/MariaDB database start one after the other — the
 * second node's first use of its DataSource waits until the first node is ready. Two lock holders with their own
 * connections, as two nodes have; on MariaDB ({@code -Dtest.db=mysql}) the real server lock, on H2 no lock at all.
 * The whole start-up with two nodes is scripted: docker/cluster/run.sh scenario-d (docs/cluster.md).
 */
class StartupLockTest {

    @Test
    void theSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
        assumeTrue("mysql".equals(System.getProperty("jixiao.test.db")), "MySQL/MariaDB only");
        DataSource nodeA = mysql();
        DataSource nodeB = mysql();
        StartupLock first = new StartupLock(new MockEnvironment());
        StartupLock second = new StartupLock(new MockEnvironment());

        first.postProcessAfterInitialization(nodeA, "dataSource");
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            second.postProcessAfterInitialization(nodeB, "dataSource");
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        });
        // a fixed pause on purpose, not polling: it shows that node B does NOT get through while node A holds the lock
        Thread.sleep(1500);
        assertThat(waited).as("node B waits while node A starts").isNotDone();

        first.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
        assertThat(waited.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1400);
        assertThat(lockFree(nodeA)).as("held by node B now").isFalse();

        second.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
        assertThat(lockFree(nodeA)).isTrue();
    }

    @Test
    void aTimeoutFailsTheStartWithAMessage() {
        assumeTrue("mysql".equals(System.getProperty("jixiao.test.db")), "MySQL/MariaDB only");
        StartupLock first = new StartupLock(new MockEnvironment());
        StartupLock impatient = new StartupLock(new MockEnvironment().withProperty("jixiao.startup-lock-timeout", "1"));
        first.postProcessAfterInitialization(mysql(), "dataSource");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> impatient.postProcessAfterInitialization(mysql(), "dataSource"))
                    .hasMessageContaining("jixiao.startup-lock-timeout");
        } finally {
            first.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
        }
    }

    @Test
    void anEmbeddedH2DatabaseTakesNoLock() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startup-lock", "sa", "");
        StartupLock lock = new StartupLock(new MockEnvironment());

        assertThat(lock.postProcessAfterInitialization(h2, "dataSource")).isSameAs(h2);
        lock.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
    }

    private static DataSource mysql() {
        String user = System.getenv().getOrDefault("JIXIAO_DB_USER", "root");
        return new DriverManagerDataSource(System.getenv("JIXIAO_DB_URL"), user,
                System.getenv().getOrDefault("JIXIAO_DB_PASSWORD", ""));
    }

    private static boolean lockFree(DataSource dataSource) {
        return Integer.valueOf(1).equals(new JdbcTemplate(dataSource).queryForObject(
                "SELECT IS_FREE_LOCK(LEFT(CONCAT('jixiao-startup-', DATABASE()), 64))", Integer.class));
    }
}
