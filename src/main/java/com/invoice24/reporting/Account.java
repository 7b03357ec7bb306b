package com.invoice24.reporting;

/** The general-ledger accounts the journal posts to, named as an accountant's chart of accounts would. */
enum Account {
    ACCOUNTS_RECEIVABLE("Accounts Receivable"),
    REVENUE("Revenue"),
    SALES_TAX_PAYABLE("Sales Tax Payable"),
    CASH("Cash (Bank)"),
    CUSTOMER_CREDITS("Customer Credits"),
    BAD_DEBT_EXPENSE("Bad Debt Expense"),
    /** Contra-revenue, so gross revenue stays visible next to what was given back. */
    CREDIT_NOTES("Credit Notes"),
    PAYMENT_FEES("Payment Processing Fees");

    private final String label;

    Account(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
