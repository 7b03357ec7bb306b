package com.invoice24.delivery;

/** The mail server did not take the email; the message is the reason the email log shows. */
class DeliveryFailedException extends Exception {

    DeliveryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
