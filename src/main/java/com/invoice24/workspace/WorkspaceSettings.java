package com.invoice24.workspace;

import com.invoice24.shared.Address;
import com.invoice24.shared.PaymentTerms;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The provider's business as invoices show it, and the defaults every invoice starts from. */
public record WorkspaceSettings(
        WorkspaceId id,
        String name,
        @Nullable String legalName,
        @Nullable String ein,
        @Nullable String email,
        @Nullable String phone,
        Address address,
        PaymentTerms defaultPaymentTerms,
        InvoiceNumberPattern invoiceNumberPattern,
        boolean rollDueDateToBusinessDay,
        BigDecimal salesTaxRatePercent,
        PaymentInstructions paymentInstructions,
        ZoneId timeZone,
        W9Offer w9Offer) {

    /** The name AP expects at the top of an invoice: the legal name when there is one. */
    public String invoiceName() {
        return legalName == null || legalName.isBlank() ? name : legalName;
    }
}
