package com.invoice24.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The invoice template page's form, validated as the {@link TemplateRequest} it becomes. It offers
 * a few empty line rows; rows left empty are not lines.
 */
public class TemplateForm {

    private static final int EMPTY_ROWS = 2;

    private String name = "";
    private @Nullable BillingModel billingModel = BillingModel.HOURLY;
    private List<LineForm> lines = new ArrayList<>();
    private String notes = "";
    private String paymentTermsDays = "";
    private Set<SupportingDocument> attachments = EnumSet.noneOf(SupportingDocument.class);

    static TemplateForm empty() {
        return new TemplateForm().withEmptyRows();
    }

    static TemplateForm of(InvoiceTemplate template) {
        TemplateForm form = new TemplateForm();
        form.name = template.name();
        form.billingModel = template.billingModel();
        form.lines = new ArrayList<>(template.lines().stream().map(LineForm::of).toList());
        form.notes = template.notes();
        form.paymentTermsDays = template.paymentTermsDays() == null ? "" : template.paymentTermsDays().toString();
        form.attachments = EnumSet.noneOf(SupportingDocument.class);
        form.attachments.addAll(template.attachments());
        return form.withEmptyRows();
    }

    /**
     * Drops the rows left empty before validating, so that an error on {@code lines[1]} names the
     * second row on the page as well as the second line of the request.
     */
    TemplateForm withoutEmptyRows() {
        lines.removeIf(LineForm::isEmpty);
        return this;
    }

    TemplateForm withEmptyRows() {
        for (int row = 0; row < EMPTY_ROWS; row++) {
            lines.add(new LineForm());
        }
        return this;
    }

    /** Whether the payment terms are a whole number of days, or left empty. */
    boolean paymentTermsReadable() {
        return paymentTermsDays.isBlank() || paymentTermsDays.strip().matches("\\d{1,9}");
    }

    TemplateRequest toRequest() {
        Integer terms = paymentTermsDays.isBlank() || !paymentTermsReadable() ? null
                : Integer.valueOf(paymentTermsDays.strip());
        return new TemplateRequest(name, billingModel, lines.stream().map(LineForm::toRequest).toList(), notes,
                terms, attachments);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable BillingModel getBillingModel() {
        return billingModel;
    }

    public void setBillingModel(@Nullable BillingModel billingModel) {
        this.billingModel = billingModel;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public void setLines(List<LineForm> lines) {
        this.lines = lines;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(String paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public Set<SupportingDocument> getAttachments() {
        return attachments;
    }

    public void setAttachments(Set<SupportingDocument> attachments) {
        this.attachments = attachments;
    }

    /** One row of the lines table; the item it came from rides along unseen. */
    public static class LineForm {

        private String itemId = "";
        private String description = "";
        private String quantity = "";
        private @Nullable Unit unit = Unit.HOUR;
        private String unitPrice = "";
        private boolean taxable;

        static LineForm of(TemplateLine line) {
            LineForm form = new LineForm();
            form.itemId = line.itemId() == null ? "" : line.itemId().toString();
            form.description = line.description();
            form.quantity = line.quantity().toPlainString();
            form.unit = line.unit();
            form.unitPrice = Decimals.text(line.unitPrice());
            form.taxable = line.taxable();
            return form;
        }

        boolean isEmpty() {
            return description.isBlank() && quantity.isBlank() && unitPrice.isBlank();
        }

        TemplateRequest.Line toRequest() {
            return new TemplateRequest.Line(itemId(), description, Decimals.parse(quantity), unit,
                    Decimals.parse(unitPrice), taxable);
        }

        /** A hand-edited page may send anything here; what is not an id links to no item. */
        private @Nullable UUID itemId() {
            try {
                return itemId.isBlank() ? null : UUID.fromString(itemId.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public String getItemId() {
            return itemId;
        }

        public void setItemId(String itemId) {
            this.itemId = itemId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity;
        }

        public @Nullable Unit getUnit() {
            return unit;
        }

        public void setUnit(@Nullable Unit unit) {
            this.unit = unit;
        }

        public String getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(String unitPrice) {
            this.unitPrice = unitPrice;
        }

        public boolean isTaxable() {
            return taxable;
        }

        public void setTaxable(boolean taxable) {
            this.taxable = taxable;
        }
    }
}
