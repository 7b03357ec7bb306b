package com.invoice24.invoicing;

import java.util.List;

/**
 * What a draft says, resolved from a request: the terms and due date worked out, lines priced from
 * the item library, PO filled in from the client's default.
 */
record DraftContent(InvoiceDates dates, InvoiceReferences references, List<InvoiceLine> lines, Pricing pricing) {
}
