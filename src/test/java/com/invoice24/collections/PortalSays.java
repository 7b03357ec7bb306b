package com.invoice24.collections;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the client portal announces, published as the portal publishes it: inside a transaction, so the
 * listeners hear it once it commits.
 */
final class PortalSays {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    PortalSays(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }
}
