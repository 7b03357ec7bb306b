/**
 * The PostgreSQL that runs inside the application when no datasource is configured.
 */
@NullMarked
package com.invoice24.shared.database;

import org.jspecify.annotations.NullMarked;
