package io.newspipe.platform;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells failures that go away by themselves (a database or broker briefly down) from failures of the
 * record itself. The former are retried until they succeed, the latter dead-lettered.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof RetriableException
                    || t instanceof TransientFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) { // SQLSTATE class 08: connection exception
                return true;
            }
        }
        return false;
    }

    /** Thrown by a service when it knows a failure is temporary. */
    public static class TransientFailureException extends RuntimeException {
        public TransientFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
