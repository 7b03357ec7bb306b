package com.invoice24.payments;

import com.invoice24.clients.BillingProfile;
import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client's statement of account: every charge and credit with the running balance, the invoices
 * still open, and the credit held for them.
 */
record ClientStatement(BillingProfile client, WorkspaceSettings provider, @Nullable String logoDataUri,
                              LocalDate asOf, List<Line> activity, List<Invoice> openInvoices, Money balanceDue,
                              Money creditBalance) {

    @Schema(name = "StatementLine")
    public record Line(LocalDate date, String description, Money charge, Money credit, Money balance) {
    }
}
