package org.jixiao.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Nodes starting at once against one MySQL/MariaDB database start one after the other: the first use of the
 * DataSource takes the server's named lock {@code jixiao-startup-<database>} on a connection of its own, before
 * Flyway migrates, Camunda creates its tables and deploys the processes, and the demo data is loaded; the lock is
 * released once the application is ready (all start-up runners done). Without it, two nodes on an empty database
 * both found no {@code ACT_*} tables or no deployment and both created them. The lock belongs to the connection,
 * so a node that dies while starting releases it. H2 (one embedded node) takes no lock.
 */
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final int timeoutSeconds;
    private final boolean enabled;
    private Connection held;
    private boolean done;

    StartupLock(Environment environment) {
        this.timeoutSeconds = environment.getProperty("jixiao.startup-lock-timeout", Integer.class, 600);
        // false only to show what happens without it (docker/cluster/run.sh scenario-d-unlocked)
        this.enabled = environment.getProperty("jixiao.startup-lock", Boolean.class, true);
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (enabled && !done && bean instanceof DataSource dataSource) {
            done = true;
            acquire(dataSource);
        }
        return bean;
    }

    private void acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                connection.close();
                return;
            }
            long started = System.nanoTime();
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT GET_LOCK(LEFT(CONCAT('jixiao-startup-', DATABASE()), 64), ?)")) {
                lock.setInt(1, timeoutSeconds);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        connection.close();
                        throw new IllegalStateException("another node held the start-up lock for more than "
                                + timeoutSeconds + " s (jixiao.startup-lock-timeout)");
                    }
                }
            }
            held = connection;
            log.info("start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the start-up lock", e);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ContextClosedEvent) {
            release();
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            try (PreparedStatement unlock = connection.prepareStatement(
                    "SELECT RELEASE_LOCK(LEFT(CONCAT('jixiao-startup-', DATABASE()), 64))")) {
                unlock.executeQuery().close();
            }
            log.info("start-up lock released");
        } catch (SQLException e) {
            log.warn("start-up lock: release failed, the server frees it with the connection ({})", e.getMessage());
        } finally {
            held = null;
        }
    }
}
