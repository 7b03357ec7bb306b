/**
 * Payments, allocations, client credit, credit notes and reconciliation (F-6).
 */
@NullMarked
package com.invoice24.payments;

import org.jspecify.annotations.NullMarked;
