/**
 * Email delivery: an outbox that other features fill inside their own transactions, a job that
 * sends what was queued, and the email log that shows what went out.
 */
@NullMarked
package com.invoice24.delivery;

import org.jspecify.annotations.NullMarked;
