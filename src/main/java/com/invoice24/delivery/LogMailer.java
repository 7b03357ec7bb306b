package com.invoice24.delivery;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a mail server (the embedded default) an email goes no further than the email log, where
 * it can be read in the app: nothing is lost in development and nothing reaches real clients.
 */
class LogMailer implements Mailer {

    private static final Logger logger = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.LOG;
    }

    @Override
    public void send(Email email, List<EmailAttachment> attachments) {
        logger.info("No SMTP server configured: email {} \"{}\" to {} is kept in the email log only",
                email.id(), email.subject(), email.to());
    }
}
