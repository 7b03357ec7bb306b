/**
 * The service-item library with client-specific rates, and the invoice templates per billing model
 * that a new invoice starts from.
 */
@NullMarked
package com.invoice24.catalog;

import org.jspecify.annotations.NullMarked;
