/**
 * The client portal: what the client's AP clerk and approver see when they follow a link from an invoice email,
 * without an account. A link names one invoice or one client's statement and reaches nothing else; links are
 * long random tokens kept only as hashes, expiring and revocable. The portal sits above every other module and
 * none depends on it: lower modules ask for links through {@link com.invoice24.invoicing.PortalAddresses} and
 * {@link com.invoice24.payments.StatementAddresses}.
 */
@NullMarked
package com.invoice24.portal;

import org.jspecify.annotations.NullMarked;
