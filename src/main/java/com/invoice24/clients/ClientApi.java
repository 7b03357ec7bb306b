package com.invoice24.clients;

import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettingsService;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients")
@Validated
@Tag(name = "Clients")
class ClientApi {

    private final ClientOnboarding onboarding;
    private final WorkspaceSettingsService workspaces;

    ClientApi(ClientOnboarding onboarding, WorkspaceSettingsService workspaces) {
        this.onboarding = onboarding;
        this.workspaces = workspaces;
    }

    record ClientView(UUID id, String name, @Nullable String legalName, @Nullable String billingEmail,
                      List<String> ccEmails, Contact billingContact, Contact apContact, Address address,
                      @Nullable Integer paymentTermsDays, PaymentTerms.@Nullable Basis paymentTermsBasis,
                      String effectivePaymentTerms, boolean poRequired, @Nullable String defaultPoNumber,
                      DeliveryMethod deliveryMethod, @Nullable String apPortalUrl,
                      @Nullable PaymentMethod paymentMethodPreference, List<Integer> apPaymentRunDays,
                      boolean taxExempt, boolean taxExemptionCertificateOnFile, VendorOnboarding vendorOnboarding,
                      @Nullable String invoiceFormatNotes, @Nullable String notes, boolean onHold,
                      Money outstandingBalance, Money creditBalance, List<String> missingOnboarding,
                      boolean archived, Instant createdAt, @Nullable String vendorNumber) {
    }

    record PurchaseOrderView(UUID id, String number, Money amount, @Nullable LocalDate validFrom,
                             @Nullable LocalDate validTo, @Nullable String notes, Money invoiced, Money remaining,
                             boolean isDefault) {

        static PurchaseOrderView of(PurchaseOrderStanding standing) {
            PurchaseOrder order = standing.order();
            return new PurchaseOrderView(order.id(), order.number(), order.amount(), order.validFrom(),
                    order.validTo(), order.notes(), standing.invoiced(), standing.remaining(), standing.isDefault());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClientView onboard(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ClientRequest request) {
        Client client = onboarding.onboard(user.workspaceId(), request);
        return view(user, onboarding.account(user.workspaceId(), client.id()));
    }

    @GetMapping
    ResultPage<ClientView> list(@AuthenticationPrincipal CurrentUser user,
                                @RequestParam(required = false) String q,
                                @RequestParam(required = false) Boolean onHold,
                                @RequestParam(required = false) Boolean missingOnboarding,
                                @RequestParam(required = false) Boolean withOpenBalance,
                                @RequestParam(required = false) Boolean includeArchived,
                                Paging paging) {
        ResultPage<ClientAccount> accounts = onboarding.list(user.workspaceId(),
                new ClientFilter(q, onHold, missingOnboarding, withOpenBalance, includeArchived), paging.page(),
                paging.size());
        return new ResultPage<>(accounts.items().stream().map(account -> view(user, account)).toList(),
                accounts.page(), accounts.size(), accounts.total());
    }

    @GetMapping("/{id}")
    ClientView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return view(user, onboarding.account(user.workspaceId(), new ClientId(id)));
    }

    @PutMapping("/{id}")
    ClientView revise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                      @Valid @RequestBody ClientRequest change) {
        onboarding.revise(user.workspaceId(), new ClientId(id), change);
        return read(user, id);
    }

    @PostMapping("/{id}/archive")
    ClientView archive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        onboarding.archive(user.workspaceId(), new ClientId(id));
        return read(user, id);
    }

    @PostMapping("/{id}/restore")
    ClientView restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        onboarding.restore(user.workspaceId(), new ClientId(id));
        return read(user, id);
    }

    @GetMapping("/{id}/purchase-orders")
    ResultPage<PurchaseOrderView> purchaseOrders(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ResultPage.all(onboarding.purchaseOrders(user.workspaceId(), new ClientId(id)).stream()
                .map(PurchaseOrderView::of).toList());
    }

    @PostMapping("/{id}/purchase-orders")
    @ResponseStatus(HttpStatus.CREATED)
    PurchaseOrderView addPurchaseOrder(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @Valid @RequestBody PurchaseOrderRequest request) {
        return PurchaseOrderView.of(onboarding.addPurchaseOrder(user.workspaceId(), new ClientId(id), request));
    }

    @PutMapping("/{id}/purchase-orders/{orderId}")
    PurchaseOrderView revisePurchaseOrder(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                          @PathVariable UUID orderId, @Valid @RequestBody PurchaseOrderRequest request) {
        return PurchaseOrderView.of(onboarding.revisePurchaseOrder(user.workspaceId(), new ClientId(id), orderId,
                request));
    }

    private ClientView view(CurrentUser user, ClientAccount account) {
        Client client = account.client();
        BillingProfile profile = client.profile();
        PaymentTerms terms = profile.paymentTerms();
        PaymentTerms effective = client.paymentTerms(workspaces.settingsOf(user.workspaceId()).defaultPaymentTerms());
        return new ClientView(client.id().value(), profile.name(), profile.legalName(), profile.billingEmail(),
                profile.ccEmails(), profile.billingContact(), profile.apContact(), profile.address(),
                terms == null ? null : terms.days(), terms == null ? null : terms.basis(), effective.label(),
                profile.poRequired(), profile.defaultPoNumber(), profile.deliveryMethod(), profile.apPortalUrl(),
                profile.paymentMethodPreference(), profile.apPaymentRunDays(), profile.taxExempt(),
                profile.taxExemptionCertificateOnFile(), profile.vendorOnboarding(), profile.invoiceFormatNotes(),
                profile.notes(), client.onHold(), account.balance().outstanding(), account.balance().credit(),
                account.missingOnboarding().stream().map(OnboardingItem::key).toList(), client.archived(),
                client.createdAt(), profile.vendorNumber());
    }
}
