package com.invoice24.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Which way emails leave: through SMTP when Spring Boot made a mail sender (spring.mail.host set), else the log. */
class DeliveryConfigurationTests {

    private final DeliveryConfiguration configuration = new DeliveryConfiguration();

    @Test
    void withAMailServerEmailsGoOutThroughSmtp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());

        Mailer mailer = configuration.mailer(beans.getBeanProvider(JavaMailSender.class),
                mock(WorkspaceSettingsService.class), "billing@invoice24.test", Clock.systemUTC());

        assertThat(mailer).isInstanceOf(SmtpMailer.class);
        assertThat(mailer.channel()).isEqualTo(DeliveryChannel.SMTP);
    }

    @Test
    void withoutOneTheyOnlyReachTheEmailLog() {
        Mailer mailer = configuration.mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                mock(WorkspaceSettingsService.class), "billing@invoice24.test", Clock.systemUTC());

        assertThat(mailer).isInstanceOf(LogMailer.class);
        assertThat(mailer.channel()).isEqualTo(DeliveryChannel.LOG);
    }
}
