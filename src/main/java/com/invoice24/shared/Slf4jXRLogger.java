package com.invoice24.shared;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J. On its own it writes several INFO lines per PDF to a console handler of
 * its own, past the app's logging configuration (and at a cost on every document); here its messages obey
 * {@code logging.level.com.openhtmltopdf}, which leaves its INFO lines out by default.
 */
final class Slf4jXRLogger implements XRLogger {

    private Slf4jXRLogger() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof Slf4jXRLogger)) {
            XRLog.setLoggerImpl(new Slf4jXRLogger());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger log = LoggerFactory.getLogger(where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            log.error(message, error);
        } else if (severity >= Level.WARNING.intValue()) {
            log.warn(message, error);
        } else if (severity >= Level.INFO.intValue()) {
            log.info(message, error);
        } else {
            log.debug(message, error);
        }
    }

    /** Levels belong to the app's logging configuration, not to openhtmltopdf. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int severity = diagnostic.getLevel().intValue();
        if (severity >= Level.SEVERE.intValue()) {
            return log.isErrorEnabled();
        }
        if (severity >= Level.WARNING.intValue()) {
            return log.isWarnEnabled();
        }
        return severity >= Level.INFO.intValue() ? log.isInfoEnabled() : log.isDebugEnabled();
    }
}
