package com.invoice24.payments;

/** A statement of account as a PDF, under the name the statement email gives its attachment. */
public record StatementPdf(String filename, byte[] content) {
}
