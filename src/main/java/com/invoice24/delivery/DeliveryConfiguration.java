package com.invoice24.delivery;

import com.invoice24.shared.Job;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the sending job. Spring Boot provides a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one, emails are delivered to the email log.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> smtp, WorkspaceSettingsService workspaces,
                  @Value("${invoice24.mail.from:invoices@invoice24.local}") String from, Clock clock) {
        JavaMailSender server = smtp.getIfAvailable();
        return server == null ? new LogMailer() : new SmtpMailer(server, workspaces, from, clock);
    }

    @Bean
    EmailDelivery emailDelivery(EmailLog log, Mailer mailer, PlatformTransactionManager transactions, Clock clock) {
        return new EmailDelivery(log, mailer, new TransactionTemplate(transactions), clock);
    }

    @Bean
    Job deliverEmails(EmailDelivery delivery) {
        return new Job("deliver-emails", Duration.ofSeconds(30), delivery::deliverDue);
    }
}
