package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an invoice is worth and what has been settled of it: the totals it was priced at (with the tax
 * rate and exemption they were priced with), the payments and the credits.
 */
public record InvoiceAmounts(BigDecimal taxRatePercent, boolean taxExempt, Totals totals, Money amountPaid,
                             Money amountCredited) {

    static InvoiceAmounts priced(List<InvoiceLine> lines, Pricing pricing) {
        return new InvoiceAmounts(pricing.taxRatePercent(), pricing.taxExempt(), pricing.totals(lines), Money.zero(),
                Money.zero());
    }

    /** Priced again (a draft revised); what was paid and credited stays. */
    InvoiceAmounts repriced(List<InvoiceLine> lines, Pricing pricing) {
        return new InvoiceAmounts(pricing.taxRatePercent(), pricing.taxExempt(), pricing.totals(lines), amountPaid,
                amountCredited);
    }

    /**
     * The balance rule, as the {@code invoices.balance_due} column computes it: the total less what was paid
     * and credited.
     */
    public Money outstanding() {
        return totals.total().minus(amountPaid).minus(amountCredited);
    }

    InvoiceAmounts paid(Money amount) {
        return new InvoiceAmounts(taxRatePercent, taxExempt, totals, amountPaid.plus(amount), amountCredited);
    }

    InvoiceAmounts unpaid(Money amount) {
        return new InvoiceAmounts(taxRatePercent, taxExempt, totals, amountPaid.minus(amount), amountCredited);
    }

    InvoiceAmounts credited(Money amount) {
        return new InvoiceAmounts(taxRatePercent, taxExempt, totals, amountPaid, amountCredited.plus(amount));
    }
}
