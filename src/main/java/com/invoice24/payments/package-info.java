/**
 * Payments, allocations, client credit, credit notes and reconciliation.
 */
@NullMarked
package com.invoice24.payments;

import org.jspecify.annotations.NullMarked;
