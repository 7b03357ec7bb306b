package com.invoice24.invoicing;

import com.invoice24.shared.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each invoice that passed its due date with money still due, once: {@link InvoiceOverdue} is
 * published in the transaction that stamps the invoice, so the event and the stamp commit together.
 */
@Service
class OverdueInvoices {

    /** The furthest-ahead time zone: no workspace's today is later than today there. */
    private static final ZoneOffset EARLIEST_MIDNIGHT = ZoneOffset.ofHours(14);

    private final Invoices invoices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueInvoices(Invoices invoices, ApplicationEventPublisher events, Clock clock) {
        this.invoices = invoices;
        this.events = events;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job announceOverdueInvoices(OverdueInvoices overdue) {
            return new Job("announce-overdue-invoices", Duration.ofMinutes(15), overdue::announce);
        }
    }

    /** One run: every invoice newly overdue in its workspace's time zone, selected and stamped in one statement. */
    @Transactional
    public List<InvoiceOverdue> announce() {
        Instant now = clock.instant();
        List<InvoiceOverdue> overdue = invoices.stampOverdue(now, LocalDate.ofInstant(now, EARLIEST_MIDNIGHT));
        overdue.forEach(events::publishEvent);
        return overdue;
    }
}
