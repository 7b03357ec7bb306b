package com.invoice24.delivery;

import java.util.List;

/** Hands an email to whatever carries it on; an exception means it did not go and should be tried again. */
interface Mailer {

    DeliveryChannel channel();

    void send(Email email, List<EmailAttachment> attachments) throws DeliveryFailedException;
}
