/**
 * Reports and the accountant's exports: read models that query the other features' tables
 * with {@code JdbcClient} and never change them, so nothing depends on this package.
 */
@NullMarked
package com.invoice24.reporting;

import org.jspecify.annotations.NullMarked;
