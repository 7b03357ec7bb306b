package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The late-fee policy and payment plans over the API. */
@RestController
@Tag(name = "Collections")
class LateFeesAndPlansApi {

    private final LateFeePolicy policy;
    private final PaymentPlans plans;

    LateFeesAndPlansApi(LateFeePolicy policy, PaymentPlans plans) {
        this.policy = policy;
        this.plans = plans;
    }

    record PlanRequest(@Nullable List<PaymentPlans.InstallmentRequest> installments) {
    }

    @GetMapping("/api/v1/workspace/late-fee-policy")
    LateFeePolicy.Policy lateFeePolicy(@AuthenticationPrincipal CurrentUser user) {
        return policy.of(user.workspaceId());
    }

    @PutMapping("/api/v1/workspace/late-fee-policy")
    LateFeePolicy.Policy changeLateFeePolicy(@AuthenticationPrincipal CurrentUser user,
                                             @RequestBody(required = false) LateFeePolicy.@Nullable Request request) {
        return policy.replace(user.workspaceId(), request);
    }

    @PostMapping("/api/v1/invoices/{id}/payment-plan")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentPlans.Plan createPlan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                 @RequestBody(required = false) @Nullable PlanRequest request) {
        return plans.create(user, new InvoiceId(id), request == null ? null : request.installments());
    }

    @GetMapping("/api/v1/invoices/{id}/payment-plan")
    PaymentPlans.Plan plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return plans.of(user.workspaceId(), new InvoiceId(id));
    }
}
