package com.invoice24.reporting;

import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The accountant's exports over the API, for {@code ?from=&to=} (both days included); any member may read them. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "CSV files and the double-entry journal for the accountant")
class ExportApi {

    private final AccountantExports exports;

    ExportApi(AccountantExports exports) {
        this.exports = exports;
    }

    @GetMapping("/invoices.csv")
    @Operation(summary = "Sent, voided and written-off invoices issued in the range")
    ResponseEntity<String> invoices(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.csv(Export.INVOICES, user.workspaceId(), period.range()).download();
    }

    @GetMapping("/payments.csv")
    @Operation(summary = "Payments received in the range, with what was allocated and what became client credit")
    ResponseEntity<String> payments(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.csv(Export.PAYMENTS, user.workspaceId(), period.range()).download();
    }

    @GetMapping("/credit-notes.csv")
    @Operation(summary = "Credit notes issued in the range")
    ResponseEntity<String> creditNotes(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.csv(Export.CREDIT_NOTES, user.workspaceId(), period.range()).download();
    }

    @GetMapping("/ar-ledger.csv")
    @Operation(summary = "Receivables by client: opening balance, invoiced, paid, credited, written off, closing")
    ResponseEntity<String> arLedger(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.csv(Export.AR_LEDGER, user.workspaceId(), period.range()).download();
    }

    @GetMapping("/journal.csv")
    @Operation(summary = "The journal of the range (debits and credits), with a totals row")
    ResponseEntity<String> journalCsv(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.csv(Export.JOURNAL, user.workspaceId(), period.range()).download();
    }

    @GetMapping("/journal")
    @Operation(summary = "The double-entry journal of the range; debits always equal credits")
    AccountantExports.JournalView journal(@AuthenticationPrincipal CurrentUser user, ExportPeriod period) {
        return exports.journal(user.workspaceId(), period.range());
    }
}
