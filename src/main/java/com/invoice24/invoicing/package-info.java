/**
 * Invoices AP approves on first read: drafts, money rules, gapless numbers, finalization,
 * the invoice document and its PDF, attachments, and the activity timeline.
 */
@NullMarked
package com.invoice24.invoicing;

import org.jspecify.annotations.NullMarked;
