package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a draft says, resolved from a request: the terms and due date worked out, lines priced from
 * the item library, PO filled in from the client's default.
 */
record DraftContent(@Nullable LocalDate issueDate, PaymentTerms terms, @Nullable LocalDate dueDate,
                    boolean dueDateFixed, ServicePeriod servicePeriod, @Nullable String poNumber,
                    @Nullable String projectCode, @Nullable String reference, @Nullable String notes,
                    List<InvoiceLine> lines, Money discount, BigDecimal taxRatePercent, boolean taxExempt) {
}
