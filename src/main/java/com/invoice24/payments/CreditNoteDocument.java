package com.invoice24.payments;

import com.invoice24.clients.BillingProfile;
import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceSettings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the credit note document shows, for the page, the PDF and the email alike. */
record CreditNoteDocument(CreditNote note, Invoice invoice, BillingProfile client, WorkspaceSettings provider,
                          @Nullable String logoDataUri) {

    /** The note's lines; a note that is one amount reads as one line naming the invoice it credits. */
    public List<CreditNoteLine> rows() {
        return note.lines().isEmpty()
                ? List.of(new CreditNoteLine("Credit on invoice " + note.invoiceNumber(), note.amount()))
                : note.lines();
    }

    /** What the invoice had been paid or credited before this note. */
    public Money appliedBefore() {
        return invoice.total().minus(note.balanceDueAfter()).minus(note.amount());
    }
}
