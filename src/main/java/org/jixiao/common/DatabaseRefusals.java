package org.jixiao.common;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Tells a real conflict with other rows from a value the database could not store. */
final class DatabaseRefusals {
    /** Foreign keys: MySQL/MariaDB 1451/1452, H2 23503/23506 (SQLState 23503 on both where given). */
    private static final int MYSQL_FK_PARENT = 1451;
    private static final int MYSQL_FK_CHILD = 1452;

    private DatabaseRefusals() {
    }

    static boolean isConflict(DataIntegrityViolationException e) {
        if (e instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ("23505".equals(state) || "23503".equals(state) || "23506".equals(state)
                        || code == 1062 || code == MYSQL_FK_PARENT || code == MYSQL_FK_CHILD) {
                    return true;
                }
            }
        }
        return false;
    }
}
