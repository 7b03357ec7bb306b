package com.invoice24.catalog;

/** Documents AP asks for before approving an invoice, which a template says to attach. */
public enum SupportingDocument {
    TIMESHEET_SUMMARY("Timesheet summary"),
    EXPENSE_RECEIPTS("Expense receipts"),
    MILESTONE_ACCEPTANCE("Milestone acceptance");

    private final String label;

    SupportingDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
