package com.invoice24.workspace;

import com.invoice24.shared.Address;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PaymentTerms;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/workspace")
@Tag(name = "Workspace settings")
class WorkspaceSettingsApi {

    private final WorkspaceSettingsService settings;
    private final WorkspaceLogos logos;
    private final W9Forms w9Forms;
    private final Clock clock;

    WorkspaceSettingsApi(WorkspaceSettingsService settings, WorkspaceLogos logos, W9Forms w9Forms, Clock clock) {
        this.settings = settings;
        this.logos = logos;
        this.w9Forms = w9Forms;
        this.clock = clock;
    }

    record SettingsView(UUID id, String name, @Nullable String legalName, @Nullable String ein,
                        @Nullable String email, @Nullable String phone, Address address,
                        int defaultPaymentTermsDays, PaymentTerms.Basis defaultPaymentTermsBasis,
                        String defaultPaymentTermsLabel, String invoiceNumberPattern, String nextInvoiceNumberExample,
                        boolean rollDueDateToBusinessDay, BigDecimal salesTaxRatePercent,
                        PaymentInstructions paymentInstructions, @Nullable Instant paymentInstructionsChangedAt,
                        String timeZone, boolean hasLogo, W9Offer w9Offer, boolean hasW9) {
    }

    @GetMapping
    SettingsView read(@AuthenticationPrincipal CurrentUser user) {
        return view(settings.settingsOf(user.workspaceId()));
    }

    @PutMapping
    SettingsView change(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody WorkspaceSettingsRequest change) {
        return view(settings.change(user.workspaceId(), user, change));
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal CurrentUser user) {
        WorkspaceLogos.Logo logo = logos.logoOf(user.workspaceId()).orElseThrow(() -> new NotFoundException("The logo"));
        return ResponseEntity.ok().contentType(logo.contentType()).body(logo.bytes());
    }

    @RequestMapping(path = "/logo", method = {RequestMethod.PUT, RequestMethod.POST},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void uploadLogo(@AuthenticationPrincipal CurrentUser user, @RequestPart("file") MultipartFile file)
            throws IOException {
        logos.replace(user.workspaceId(), file.getBytes());
    }

    @DeleteMapping("/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLogo(@AuthenticationPrincipal CurrentUser user) {
        logos.remove(user.workspaceId());
    }

    @GetMapping("/w9")
    ResponseEntity<byte[]> w9(@AuthenticationPrincipal CurrentUser user) {
        return Downloads.attachment(W9Forms.FILENAME, MediaType.APPLICATION_PDF)
                .body(w9Forms.w9Of(user.workspaceId()).orElseThrow(() -> new NotFoundException("The W-9")));
    }

    @RequestMapping(path = "/w9", method = {RequestMethod.PUT, RequestMethod.POST},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void uploadW9(@AuthenticationPrincipal CurrentUser user, @RequestPart("file") MultipartFile file)
            throws IOException {
        w9Forms.replace(user.workspaceId(), file.getBytes());
    }

    @DeleteMapping("/w9")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeW9(@AuthenticationPrincipal CurrentUser user) {
        w9Forms.remove(user.workspaceId(), settings.settingsOf(user.workspaceId()).w9Offer());
    }

    private SettingsView view(WorkspaceSettings workspace) {
        return new SettingsView(workspace.id().value(), workspace.name(), workspace.legalName(), workspace.ein(),
                workspace.email(), workspace.phone(), workspace.address(), workspace.defaultPaymentTerms().days(),
                workspace.defaultPaymentTerms().basis(), workspace.defaultPaymentTerms().label(),
                workspace.invoiceNumberPattern().pattern(),
                workspace.invoiceNumberPattern().format(LocalDate.now(clock.withZone(workspace.timeZone())), 1),
                workspace.rollDueDateToBusinessDay(), workspace.salesTaxRatePercent(),
                workspace.paymentInstructions(),
                settings.paymentInstructionsChangedAt(workspace.id()).orElse(null),
                workspace.timeZone().getId(), logos.hasLogo(workspace.id()),
                workspace.w9Offer(), w9Forms.hasW9(workspace.id()));
    }
}
