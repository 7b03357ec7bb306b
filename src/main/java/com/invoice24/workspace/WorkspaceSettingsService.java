package com.invoice24.workspace;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PaymentTerms;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a workspace's settings; other features read them through {@link #settingsOf}. */
@Service
public class WorkspaceSettingsService {

    private final Workspaces workspaces;
    private final W9Forms w9Forms;
    private final PaymentInstructionChanges instructionChanges;
    private final OwnerPassword ownerPassword;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkspaceSettingsService(Workspaces workspaces, W9Forms w9Forms, PaymentInstructionChanges instructionChanges,
                             OwnerPassword ownerPassword, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.workspaces = workspaces;
        this.w9Forms = w9Forms;
        this.instructionChanges = instructionChanges;
        this.ownerPassword = ownerPassword;
        this.clock = clock;
    }

    public WorkspaceSettings settingsOf(WorkspaceId workspace) {
        return workspaces.settings(workspace).orElseThrow(() -> new NotFoundException("Workspace " + workspace));
    }

    /** Every workspace's time zone, for jobs that act in each provider's business hours. */
    public Map<WorkspaceId, ZoneId> timeZones() {
        return workspaces.timeZones();
    }

    /** When the payment instructions last changed; empty when no change was recorded (set up before records). */
    public Optional<Instant> paymentInstructionsChangedAt(WorkspaceId workspace) {
        return instructionChanges.lastChangedAt(workspace);
    }

    /**
     * Saves the settings. Payment instructions that were set up change only with the owner's password
     * ({@link OwnerPassword}); setting them up from nothing needs none, so onboarding stays one step. Every
     * change of them is recorded and announced ({@link PaymentInstructionsChanged}).
     *
     * @param by who changes them; null when the app does (the demo's set-up)
     */
    @Transactional
    WorkspaceSettings change(WorkspaceId workspace, @Nullable CurrentUser by, WorkspaceSettingsRequest change) {
        WorkspaceSettings current = settingsOf(workspace);
        List<FieldProblem> problems = new ArrayList<>();
        Optional.ofNullable(change.invoiceNumberPattern()).flatMap(InvoiceNumberPattern::problemWith)
                .ifPresent(problem -> problems.add(new FieldProblem("invoiceNumberPattern", problem)));
        if (change.timeZone() != null && zone(change.timeZone()) == null) {
            problems.add(new FieldProblem("timeZone", "Use a time zone such as America/New_York"));
        }
        if (change.w9Offer() == W9Offer.ATTACHED && !w9Forms.hasW9(workspace)) {
            problems.add(new FieldProblem("w9Offer", "Upload your W-9 (a PDF) below first, then choose to attach it"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Some settings are not valid.", problems);
        }
        PaymentInstructions instructions = change.paymentInstructions() != null
                ? change.paymentInstructions().normalized() : current.paymentInstructions();
        List<String> methodsChanged = instructions.methodsChangedFrom(current.paymentInstructions());
        if (!methodsChanged.isEmpty() && !current.paymentInstructions().noneSetUp()) {
            ownerPassword.require(workspace, change.ownerPassword(), "change the payment instructions");
        }
        WorkspaceSettings changed = new WorkspaceSettings(current.id(),
                or(change.name(), current.name()).trim(),
                blankToNull(or(change.legalName(), current.legalName())),
                blankToNull(or(change.ein(), current.ein())),
                blankToNull(or(change.email(), current.email())),
                blankToNull(or(change.phone(), current.phone())),
                change.address() != null ? change.address().normalized() : current.address(),
                new PaymentTerms(or(change.defaultPaymentTermsBasis(), current.defaultPaymentTerms().basis()),
                        or(change.defaultPaymentTermsDays(), current.defaultPaymentTerms().days())),
                change.invoiceNumberPattern() != null
                        ? new InvoiceNumberPattern(change.invoiceNumberPattern().trim()) : current.invoiceNumberPattern(),
                or(change.rollDueDateToBusinessDay(), current.rollDueDateToBusinessDay()),
                or(change.salesTaxRatePercent(), current.salesTaxRatePercent()),
                instructions,
                change.timeZone() != null ? ZoneId.of(change.timeZone().trim()) : current.timeZone(),
                or(change.w9Offer(), current.w9Offer()));
        workspaces.save(changed);
        AuditableChange audited = AuditableChange.changed(workspace, AuditableChange.Subject.SETTINGS,
                workspace.value(), "Business settings", current, changed);
        if (!methodsChanged.isEmpty()) {
            Instant now = clock.instant();
            instructionChanges.record(workspace, current.paymentInstructions(), instructions, now,
                    by == null ? null : by.memberId(), by == null ? "Invoice24" : by.name());
            events.publishEvent(new PaymentInstructionsChanged(workspace, current.paymentInstructions(),
                    instructions, methodsChanged, now));
            audited = audited.as("payment instructions changed");
        }
        events.publishEvent(audited);
        return changed;
    }

    private static <T> T or(@Nullable T changed, T current) {
        return changed != null ? changed : current;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static @Nullable ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
