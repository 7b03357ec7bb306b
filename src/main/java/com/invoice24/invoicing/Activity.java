package com.invoice24.invoicing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an invoice's timeline: created, sent, voided, payment … with who and when. */
record Activity(Instant at, String type, String detail, @Nullable String actor) {
}
