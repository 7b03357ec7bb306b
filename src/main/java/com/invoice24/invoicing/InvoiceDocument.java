package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.shared.Money;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.WorkspaceSettings;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the invoice document shows (F-3.1), for the page and for the PDF alike. */
public record InvoiceDocument(Invoice invoice, InvoiceStatus status, BillingProfile client, WorkspaceSettings provider,
                              @Nullable String logoDataUri, List<AttachmentInfo> attachments) {

    /** A line of payment instructions longer than this may wrap; shorter ones (account numbers) never do. */
    static final int UNBROKEN_LINE = 48;

    /** One way to pay, its instructions line by line. */
    public record PayBy(String method, List<String> lines) {

        /** Whether a line is short enough to keep on one line, so a number in it is never split. */
        public boolean unbroken(String line) {
            return line.length() <= UNBROKEN_LINE;
        }
    }

    /** What AP is asked to pay: the whole total on a draft, the balance once sent. */
    public Money amountDue() {
        return invoice.isDraft() ? invoice.totals().total() : invoice.balanceDue();
    }

    /** The payment methods the provider has set up, in the order AP prefers them. */
    public List<PayBy> howToPay() {
        PaymentInstructions pay = provider.paymentInstructions();
        List<PayBy> methods = new ArrayList<>();
        add(methods, "ACH", pay.ach());
        add(methods, "Wire", pay.wire());
        add(methods, "Check", pay.check());
        add(methods, "Card", pay.cardUrl());
        return methods;
    }

    private static void add(List<PayBy> methods, String method, @Nullable String instructions) {
        if (instructions != null && !instructions.isBlank()) {
            methods.add(new PayBy(method, instructions.strip().lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList()));
        }
    }
}
