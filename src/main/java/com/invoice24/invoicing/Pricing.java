package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an invoice's lines are priced with besides themselves: the discount, the workspace's sales tax rate
 * and whether the client is exempt. The editor's live totals and the saved draft both price through
 * {@link #totals}, so what the editor shows is what the draft is saved with.
 */
record Pricing(Money discount, BigDecimal taxRatePercent, boolean taxExempt) {

    Totals totals(List<InvoiceLine> lines) {
        return Totals.of(lines, discount, taxRatePercent, taxExempt);
    }
}
