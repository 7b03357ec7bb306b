package com.invoice24.catalog;

import com.invoice24.workspace.WorkspaceId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a new invoice for one billing model starts: its default lines, notes, payment terms
 * (none means the client's or the workspace's) and the supporting documents to attach.
 */
public record InvoiceTemplate(TemplateId id, WorkspaceId workspaceId, String name, BillingModel billingModel,
                              List<TemplateLine> lines, String notes, @Nullable Integer paymentTermsDays,
                              Set<SupportingDocument> attachments, long version) {

    public InvoiceTemplate {
        lines = List.copyOf(lines);
        attachments = Collections.unmodifiableSet(attachments.isEmpty()
                ? EnumSet.noneOf(SupportingDocument.class) : EnumSet.copyOf(attachments));
    }

    static InvoiceTemplate create(WorkspaceId workspace, TemplateRequest request) {
        return from(TemplateId.random(), workspace, request, 0);
    }

    InvoiceTemplate revise(TemplateRequest request) {
        return from(id, workspaceId, request, version);
    }

    InvoiceTemplate withLines(List<TemplateLine> newLines) {
        return new InvoiceTemplate(id, workspaceId, name, billingModel, newLines, notes, paymentTermsDays, attachments,
                version);
    }

    private static InvoiceTemplate from(TemplateId id, WorkspaceId workspace, TemplateRequest request, long version) {
        return new InvoiceTemplate(id, workspace, request.name().strip(), request.billingModel(),
                request.linesOrNone().stream().map(TemplateLine::of).toList(),
                request.notes() == null ? "" : request.notes().strip(), request.paymentTermsDays(),
                request.attachmentsOrNone(), version);
    }
}
