package com.invoice24.delivery;

/** How an email left: through the SMTP server, or only into the email log when none is configured. */
enum DeliveryChannel {
    SMTP, LOG
}
