package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.shared.Money;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Payments and credits")
class PaymentApi {

    private final PaymentRecording recording;

    PaymentApi(PaymentRecording recording) {
        this.recording = recording;
    }

    record AllocationView(UUID invoiceId, @Nullable String invoiceNumber, Money amount) {
    }

    record PaymentView(UUID id, UUID clientId, Money amount, LocalDate receivedOn, PaymentMethod method,
                       @Nullable String reference, Money fee, List<AllocationView> allocations, Money unapplied,
                       boolean reversed, @Nullable String reversalReason, Instant createdAt) {

        static PaymentView of(Payment payment) {
            return new PaymentView(payment.id().value(), payment.clientId().value(), payment.amount(),
                    payment.receivedOn(), payment.method(), payment.reference(), payment.fee(),
                    payment.allocations().stream().map(a -> new AllocationView(a.invoiceId().value(),
                            a.invoiceNumber(), a.amount())).toList(),
                    payment.unapplied(), payment.reversed(), payment.reversalReason(), payment.createdAt());
        }
    }

    record Reason(@Nullable String reason) {
    }

    record CreditApplication(@Nullable UUID invoiceId, @Nullable Money amount) {
    }

    record CreditRefund(@Nullable Money amount, @Nullable String reason) {
    }

    record CreditView(UUID clientId, Money creditBalance, List<AllocationView> applied) {
    }

    @PostMapping("/api/v1/payments")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentView record(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PaymentRequest request) {
        return PaymentView.of(recording.record(user, request));
    }

    @GetMapping("/api/v1/payments")
    ResultPage<PaymentView> list(@AuthenticationPrincipal CurrentUser user,
                                 @RequestParam(required = false) UUID clientId,
                                 Paging paging) {
        ResultPage<Payment> payments = recording.list(user.workspaceId(),
                clientId == null ? null : new ClientId(clientId), paging.page(), paging.size());
        return new ResultPage<>(payments.items().stream().map(PaymentView::of).toList(), payments.page(),
                payments.size(), payments.total());
    }

    @GetMapping("/api/v1/payments/{id}")
    PaymentView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return PaymentView.of(recording.payment(user.workspaceId(), new PaymentId(id)));
    }

    @PostMapping("/api/v1/payments/{id}/reverse")
    PaymentView reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                        @RequestBody(required = false) @Nullable Reason reason) {
        return PaymentView.of(recording.reverse(user, new PaymentId(id),
                reason == null || reason.reason() == null ? "" : reason.reason()));
    }

    @PostMapping("/api/v1/clients/{id}/credit/apply")
    CreditView applyCredit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                           @RequestBody(required = false) @Nullable CreditApplication application) {
        List<Allocation> applied = recording.applyCredit(user, new ClientId(id),
                application == null ? null : application.invoiceId(), application == null ? null : application.amount());
        return new CreditView(id, recording.creditOf(user.workspaceId(), new ClientId(id)), applied.stream()
                .map(a -> new AllocationView(a.invoiceId().value(), a.invoiceNumber(), a.amount())).toList());
    }

    @PostMapping("/api/v1/clients/{id}/credit/refund")
    CreditView refundCredit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                            @RequestBody(required = false) @Nullable CreditRefund refund) {
        Money left = recording.refundCredit(user, new ClientId(id), refund == null ? null : refund.amount(),
                refund == null || refund.reason() == null ? "" : refund.reason());
        return new CreditView(id, left, List.of());
    }
}
