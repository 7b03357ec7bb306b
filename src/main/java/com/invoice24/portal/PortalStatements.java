package com.invoice24.portal;

import com.invoice24.invoicing.Invoicing;
import com.invoice24.payments.ClientStatements;
import com.invoice24.payments.PaymentRecording;
import com.invoice24.payments.StatementPdf;
import com.invoice24.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The statement a statement link opens, read for its one client only. An invoice link opens no statement: it was
 * given for one invoice, and the client's other invoices are not its holder's to see.
 */
@Component
class PortalStatements {

    private final Invoicing invoicing;
    private final PaymentRecording payments;
    private final ClientStatements statements;

    PortalStatements(Invoicing invoicing, PaymentRecording payments, ClientStatements statements) {
        this.invoicing = invoicing;
        this.payments = payments;
        this.statements = statements;
    }

    PortalStatement of(PortalAccess access) {
        requireStatement(access);
        return PortalStatement.of(invoicing.openInvoices(access.workspace(), access.client()),
                invoicing.today(access.workspace()), payments.creditOf(access.workspace(), access.client()));
    }

    /** The same statement of account the provider emails, as a PDF. */
    StatementPdf pdf(PortalAccess access) {
        requireStatement(access);
        return statements.pdfOf(access.workspace(), access.client());
    }

    private static void requireStatement(PortalAccess access) {
        if (access.isInvoice()) {
            throw new NotFoundException("Statement");
        }
    }
}
