package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The money rule of an invoice, in one place: lines are rounded to cents; sales tax is
 * computed once, on the taxable lines less their share of the discount; total = subtotal − discount + tax.
 */
public record Totals(Money subtotal, Money discount, Money tax, Money total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Totals of(List<InvoiceLine> lines, Money discount, BigDecimal taxRatePercent, boolean taxExempt) {
        Money subtotal = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(), Money::plus);
        Money taxableSubtotal = lines.stream().filter(InvoiceLine::taxable).map(InvoiceLine::amount)
                .reduce(Money.zero(), Money::plus);
        Money tax = taxExempt || !subtotal.isPositive() ? Money.zero()
                : Money.of(taxableBase(subtotal, taxableSubtotal, discount).multiply(taxRatePercent).divide(HUNDRED));
        return new Totals(subtotal, discount, tax, subtotal.minus(discount).plus(tax));
    }

    /** Taxable lines less the discount in proportion to their part of the subtotal, unrounded. */
    private static BigDecimal taxableBase(Money subtotal, Money taxableSubtotal, Money discount) {
        BigDecimal taxableShareOfDiscount = discount.amount().multiply(taxableSubtotal.amount())
                .divide(subtotal.amount(), MathContext.DECIMAL64);
        return taxableSubtotal.amount().subtract(taxableShareOfDiscount);
    }
}
