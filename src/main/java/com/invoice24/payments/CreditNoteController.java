package com.invoice24.payments;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.FormErrors;
import com.invoice24.shared.RefusedRequestException;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The credit note pages: issuing one from an invoice, and the note with its PDF. */
@Controller
class CreditNoteController {

    private static final String FORM = "payments/credit-note-form";

    private final CreditNoteService creditNotes;
    private final CreditNotePdf pdf;
    private final Invoicing invoicing;
    private final Clients clients;
    private final FormErrors forms;

    CreditNoteController(CreditNoteService creditNotes, CreditNotePdf pdf, Invoicing invoicing, Clients clients,
                         FormErrors forms) {
        this.creditNotes = creditNotes;
        this.pdf = pdf;
        this.invoicing = invoicing;
        this.clients = clients;
        this.forms = forms;
    }

    @GetMapping("/invoices/{invoiceId}/credit-notes/new")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID invoiceId, Model model,
                            RedirectAttributes flash) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(invoiceId));
        if (invoice.state() != InvoiceState.SENT || !invoice.balanceDue().isPositive()) {
            flash.addFlashAttribute("error", "Only a sent invoice with a balance due can be credited.");
            return "redirect:/invoices/" + invoiceId;
        }
        return form(user, invoice, new CreditNoteRequest(invoiceId, null, "", null), model);
    }

    @PostMapping("/invoices/{invoiceId}/credit-notes/new")
    String processCreationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID invoiceId,
                               @ModelAttribute("form") @Nullable CreditNoteRequest form, BindingResult result,
                               Model model, RedirectAttributes flash) {
        Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(invoiceId));
        // The invoice is the one in the path, whatever the form says.
        CreditNoteRequest request = form == null ? null : form.forInvoice(invoiceId);
        if (forms.invalid(request, result) || request == null) {
            return form(user, invoice, form, model);
        }
        try {
            CreditNote note = creditNotes.issue(user, request);
            flash.addFlashAttribute("message", "Credit note " + note.number() + " for $" + note.amount().formatted()
                    + " issued; $" + note.balanceDueAfter().formatted() + " is now due on " + note.invoiceNumber()
                    + ".");
            return "redirect:/invoices/" + invoiceId;
        } catch (RefusedRequestException refused) {
            forms.reject(refused, result);
            return form(user, invoice, form, model);
        } catch (WrongStateException wrongState) {
            flash.addFlashAttribute("error", wrongState.getMessage());
            return "redirect:/invoices/" + invoiceId;
        }
    }

    @GetMapping("/credit-notes/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("doc", creditNotes.document(user.workspaceId(), new CreditNoteId(id)));
        return "payments/credit-note-show";
    }

    @GetMapping("/credit-notes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return pdf.download(creditNotes.document(user.workspaceId(), new CreditNoteId(id)));
    }

    private String form(CurrentUser user, Invoice invoice, @Nullable CreditNoteRequest form, Model model) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("invoice", invoice);
        model.addAttribute("clientName", clients.find(user.workspaceId(), invoice.clientId())
                .map(Client::name).orElse(""));
        return FORM;
    }
}
