package com.invoice24.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second copy of the application on the same embedded data, told in the one line that matters. */
class AnotherCopyRunningFailureAnalyzer extends AbstractFailureAnalyzer<AnotherCopyRunningException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AnotherCopyRunningException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Use the running copy, stop it, or start this one with --invoice24.embedded-database.data-dir=<another directory>.",
                cause);
    }
}
