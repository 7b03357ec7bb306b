package com.invoice24.delivery;

public enum EmailKind {
    INVOICE, REMINDER, RECEIPT, QUOTE, DIGEST
}
