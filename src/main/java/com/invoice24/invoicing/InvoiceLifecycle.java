package com.invoice24.invoicing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where an invoice is in its life and when it got there: sent (with the verification code it went out
 * with; invoices sent before codes existed have none), first viewed by the client, disputed, voided or
 * written off (each with its reason).
 */
public record InvoiceLifecycle(InvoiceState state, @Nullable Instant sentAt, @Nullable Instant viewedAt,
                               boolean disputed, @Nullable Instant voidedAt, @Nullable String voidReason,
                               @Nullable Instant writtenOffAt, @Nullable String writeOffReason,
                               @Nullable VerificationCode verificationCode) {

    static InvoiceLifecycle draft() {
        return new InvoiceLifecycle(InvoiceState.DRAFT, null, null, false, null, null, null, null, null);
    }

    InvoiceLifecycle sent(Instant at, VerificationCode code) {
        return new InvoiceLifecycle(InvoiceState.SENT, at, viewedAt, disputed, voidedAt, voidReason, writtenOffAt,
                writeOffReason, code);
    }

    InvoiceLifecycle viewed(Instant at) {
        return new InvoiceLifecycle(state, sentAt, at, disputed, voidedAt, voidReason, writtenOffAt, writeOffReason,
                verificationCode);
    }

    InvoiceLifecycle disputed(boolean isDisputed) {
        return new InvoiceLifecycle(state, sentAt, viewedAt, isDisputed, voidedAt, voidReason, writtenOffAt,
                writeOffReason, verificationCode);
    }

    InvoiceLifecycle voided(Instant at, String reason) {
        return new InvoiceLifecycle(InvoiceState.VOID, sentAt, viewedAt, disputed, at, reason, writtenOffAt,
                writeOffReason, verificationCode);
    }

    InvoiceLifecycle writtenOff(Instant at, String reason) {
        return new InvoiceLifecycle(InvoiceState.WRITTEN_OFF, sentAt, viewedAt, disputed, voidedAt, voidReason, at,
                reason, verificationCode);
    }
}
