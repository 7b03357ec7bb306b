package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final InvoiceId MARCH = InvoiceId.random();
    private static final InvoiceId APRIL = InvoiceId.random();
    private static final Instant RECORDED = Instant.parse("2026-03-20T15:00:00Z");

    private final Payment payment = new Payment(PaymentId.random(), WorkspaceId.random(), ClientId.random(),
            Money.usd("1200.00"), LocalDate.of(2026, 3, 20), PaymentMethod.WIRE, "FW-88", Money.zero(),
            List.of(new Allocation(MARCH, "INV-2026-0003", Money.usd("1000.00")),
                    new Allocation(APRIL, "INV-2026-0004", Money.usd("150.00"))),
            null, null, RECORDED);

    @Test
    void whatNoInvoiceTookIsTheClientsCredit() {
        assertThat(payment.unapplied()).isEqualTo(Money.usd("50.00"));
    }

    @Test
    void theRecordedEventNamesTheInvoicesPaid() {
        assertThat(payment.recorded()).isEqualTo(new PaymentRecorded(payment.workspaceId(), payment.id(),
                payment.clientId(), Money.usd("1200.00"), List.of(MARCH, APRIL), RECORDED));
    }

    @Test
    void aReversalKeepsItsReasonAndTellsWhichInvoicesAreOwedAgain() {
        Instant bounced = RECORDED.plusSeconds(86_400);
        Payment reversed = payment.reverse("Wire recalled", bounced);

        assertThat(reversed.reversed()).isTrue();
        assertThat(reversed.reversalReason()).isEqualTo("Wire recalled");
        assertThat(reversed.reversal()).isEqualTo(new PaymentReversed(payment.workspaceId(), payment.id(),
                payment.clientId(), Money.usd("1200.00"), List.of(MARCH, APRIL), bounced));
    }

    @Test
    void aPaymentIsReversedOnce() {
        Payment reversed = payment.reverse("Wire recalled", RECORDED);

        assertThatThrownBy(() -> reversed.reverse("Again", RECORDED)).isInstanceOf(WrongStateException.class);
        assertThatThrownBy(payment::reversal).isInstanceOf(IllegalStateException.class);
    }
}
