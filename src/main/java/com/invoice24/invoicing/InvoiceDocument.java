package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceSettings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the invoice document shows, for the page and for the PDF alike; {@code verifyAddress} is where
 * a reader checks the invoice's verification code, as people type it.
 */
record InvoiceDocument(Invoice invoice, InvoiceStatus status, BillingProfile client, WorkspaceSettings provider,
                              @Nullable String logoDataUri, List<AttachmentInfo> attachments, String verifyAddress) {

    /** What AP is asked to pay: the whole total on a draft, the balance once sent. */
    public Money amountDue() {
        return invoice.isDraft() ? invoice.totals().total() : invoice.balanceDue();
    }
}
