/**
 * Reports and the accountant's exports: read models over the views other modules publish
 * ({@code invoice_register}, {@code client_directory}, {@code payment_register},
 * {@code credit_note_register}, {@code client_credit_register}), read with {@code JdbcClient} and never
 * changed, so nothing depends on this package.
 */
@NullMarked
package com.invoice24.reporting;

import org.jspecify.annotations.NullMarked;
