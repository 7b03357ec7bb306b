package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Disputes, promises to pay and the reminder policy over the API. */
@RestController
@Tag(name = "Collections")
class CollectionsApi {

    private final Disputes disputes;
    private final Promises promises;
    private final ReminderSequences sequences;

    CollectionsApi(Disputes disputes, Promises promises, ReminderSequences sequences) {
        this.disputes = disputes;
        this.promises = promises;
        this.sequences = sequences;
    }

    record DisputeRequest(@Nullable String reason, @Nullable LocalDate resolveBy, @Nullable String owner) {
    }

    record ResolveRequest(Disputes.@Nullable Outcome outcome, @Nullable String note) {
    }

    record PromiseRequest(@Nullable LocalDate promisedDate, @Nullable String note) {
    }

    record PolicyView(List<ReminderStep> steps) {
    }

    record PolicyRequest(@Nullable List<ReminderSequences.StepRequest> steps) {
    }

    @PostMapping("/api/v1/invoices/{id}/dispute")
    @ResponseStatus(HttpStatus.CREATED)
    Disputes.Dispute dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @RequestBody(required = false) @Nullable DisputeRequest request) {
        DisputeRequest body = request != null ? request : new DisputeRequest(null, null, null);
        return disputes.open(user, new InvoiceId(id), body.reason(), body.resolveBy(), body.owner());
    }

    @PostMapping("/api/v1/invoices/{id}/dispute/resolve")
    Disputes.Dispute resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @RequestBody(required = false) @Nullable ResolveRequest request) {
        ResolveRequest body = request != null ? request : new ResolveRequest(null, null);
        return disputes.resolve(user, new InvoiceId(id), body.outcome(), body.note());
    }

    @GetMapping("/api/v1/disputes")
    List<Disputes.Dispute> openDisputes(@AuthenticationPrincipal CurrentUser user) {
        return disputes.openIn(user.workspaceId());
    }

    @PostMapping("/api/v1/invoices/{id}/promise")
    @ResponseStatus(HttpStatus.CREATED)
    Promises.Promise promise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                             @RequestBody(required = false) @Nullable PromiseRequest request) {
        PromiseRequest body = request != null ? request : new PromiseRequest(null, null);
        return promises.record(user, new InvoiceId(id), body.promisedDate(), body.note());
    }

    @GetMapping("/api/v1/workspace/reminder-policy")
    PolicyView reminderPolicy(@AuthenticationPrincipal CurrentUser user) {
        return new PolicyView(sequences.steps(user.workspaceId()));
    }

    @PutMapping("/api/v1/workspace/reminder-policy")
    PolicyView changeReminderSequences(@AuthenticationPrincipal CurrentUser user,
                                    @RequestBody(required = false) @Nullable PolicyRequest request) {
        return new PolicyView(sequences.replace(user.workspaceId(), request == null ? null : request.steps()));
    }
}
