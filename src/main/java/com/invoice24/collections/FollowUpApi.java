package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups on sent invoices over the API, and from what total receipt is confirmed. */
@RestController
@Tag(name = "Collections")
class FollowUpApi {

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    record FollowUpView(UUID id, FollowUp.Kind kind, UUID invoiceId, String invoiceNumber, UUID clientId,
                        String title, @Nullable String detail, @Nullable String link, LocalDate dueOn,
                        FollowUp.Status status, @Nullable String reference, @Nullable String note,
                        @Nullable Instant doneAt, @Nullable String doneBy) {

        static FollowUpView of(FollowUp followUp) {
            return new FollowUpView(followUp.id(), followUp.kind(), followUp.invoiceId().value(),
                    followUp.invoiceNumber(), followUp.clientId().value(), followUp.title(), followUp.detail(),
                    followUp.link(), followUp.dueOn(), followUp.status(), followUp.reference(), followUp.note(),
                    followUp.doneAt(), followUp.doneBy());
        }
    }

    record FollowUpList(List<FollowUpView> items) {
    }

    record FollowUpDoneRequest(@Nullable String reference, @Nullable String note) {
    }

    record FollowUpPolicy(Money confirmReceiptThreshold) {
    }

    record FollowUpPolicyRequest(@Nullable Money confirmReceiptThreshold) {
    }

    @GetMapping("/api/v1/follow-ups")
    FollowUpList list(@AuthenticationPrincipal CurrentUser user,
                      @RequestParam(required = false) FollowUp.@Nullable Status status,
                      @RequestParam(required = false) @Nullable UUID invoiceId) {
        return new FollowUpList(followUps.list(user.workspaceId(), status,
                invoiceId == null ? null : new InvoiceId(invoiceId)).stream().map(FollowUpView::of).toList());
    }

    @PostMapping("/api/v1/follow-ups/{id}/done")
    FollowUpView done(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                      @RequestBody(required = false) @Nullable FollowUpDoneRequest request) {
        FollowUpDoneRequest body = request != null ? request : new FollowUpDoneRequest(null, null);
        return FollowUpView.of(followUps.complete(user, id, body.reference(), body.note()));
    }

    @GetMapping("/api/v1/workspace/follow-up-policy")
    FollowUpPolicy policy(@AuthenticationPrincipal CurrentUser user) {
        return new FollowUpPolicy(followUps.confirmReceiptThreshold(user.workspaceId()));
    }

    @PutMapping("/api/v1/workspace/follow-up-policy")
    FollowUpPolicy changePolicy(@AuthenticationPrincipal CurrentUser user,
                                @RequestBody(required = false) @Nullable FollowUpPolicyRequest request) {
        return new FollowUpPolicy(followUps.changeConfirmReceiptThreshold(user.workspaceId(),
                request == null ? null : request.confirmReceiptThreshold()));
    }
}
