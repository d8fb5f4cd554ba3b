package org.jixiao.common.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database connection (server restarting or down, connection killed, pool exhausted, commit
 * or rollback that could not reach the server) from any other error, wherever it was wrapped (Spring, MyBatis, the
 * engine). Such a request is answered 503 with {@code Retry-After}: nothing is wrong with it, a retry will do
 * (issue 9 §6 c).
 */
public final class DatabaseOutage {
    /** MariaDB/MySQL: 1053 server shutdown in progress, 1927 connection killed. */
    private static final Set<Integer> MYSQL_CODES = Set.of(1053, 1927);
    /** H2: 90098 database closed, 90121 closed at VM shutdown, 90135 exclusive mode, 90007 object already closed. */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90121, 90135, 90007);
    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof DataAccessResourceFailureException || t instanceof RecoverableDataAccessException
                    || t instanceof TransientDataAccessResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLNonTransientConnectionException || sql instanceof SQLTransientConnectionException
                || sql instanceof SQLRecoverableException || (state != null && state.startsWith("08"))
                || MYSQL_CODES.contains(sql.getErrorCode()) || H2_CODES.contains(sql.getErrorCode());
    }
}
