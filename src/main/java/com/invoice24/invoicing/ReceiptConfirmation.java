package com.invoice24.invoicing;

import java.time.Instant;

/** The client's word that the invoice is received and in their approval queue: who said so, and when. */
public record ReceiptConfirmation(String confirmedBy, Instant at) {
}
