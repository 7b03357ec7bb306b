/**
 * Clients and their billing profiles: the onboarding checklist, purchase orders, and
 * everything AP needs to approve an invoice on first read.
 */
@NullMarked
package com.invoice24.clients;

import org.jspecify.annotations.NullMarked;
