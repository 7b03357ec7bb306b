package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.payments.OnlineCheckout.Status;
import com.invoice24.payments.PaymentProvider.Outcome;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A checkout's state follows the provider's news in any order, and once paid stays paid. */
class OnlineCheckoutTest {

    private final OnlineCheckout opened = OnlineCheckout.opened(UUID.randomUUID(), WorkspaceId.random(),
            ClientId.random(), "stripe", "cs_1", List.of(new OnlinePayments.ToPay(InvoiceId.random(),
                    Money.usd("800.00")), new OnlinePayments.ToPay(InvoiceId.random(), Money.usd("200.00"))));

    @Test
    void itsAmountIsWhatItsInvoicesGet() {
        assertThat(opened.amount()).isEqualTo(Money.usd("1000.00"));
        assertThat(opened.meant().values()).containsExactly(Money.usd("800.00"), Money.usd("200.00"));
    }

    @Test
    void aBankDebitGoesFromSubmittedToFailedAndALateSubmittedDoesNotUndoIt() {
        OnlineCheckout failed = opened.after(Outcome.PROCESSING).after(Outcome.FAILED);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.after(Outcome.PROCESSING).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void paidStaysPaidWhateverComesAfter() {
        OnlineCheckout paid = opened.paidBy(PaymentId.random());

        for (Outcome outcome : Outcome.values()) {
            assertThat(paid.after(outcome).status()).isEqualTo(Status.PAID);
            assertThat(paid.after(outcome).payment()).isEqualTo(paid.payment());
        }
    }

    @Test
    void onlyAnOpenCheckoutExpires() {
        assertThat(opened.after(Outcome.EXPIRED).status()).isEqualTo(Status.EXPIRED);
        assertThat(opened.after(Outcome.PROCESSING).after(Outcome.EXPIRED).status()).isEqualTo(Status.PROCESSING);
    }
}
