package com.invoice24.invoicing;

/** What the client's AP says it needs before it can approve an invoice, as the portal offers the choice. */
public enum ApprovalNeed {
    PO_NUMBER("A PO number"),
    UPDATED_LINE_ITEMS("Updated line items"),
    TIMESHEET_DETAIL("Timesheet detail"),
    W9("A W-9"),
    VENDOR_FORM("A vendor form"),
    OTHER("Something else");

    private final String label;

    ApprovalNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: "needs a PO number to approve it". */
    public String inSentence() {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
