/**
 * What every feature stands on: the clock, scheduled jobs, problem details and the embedded database.
 */
@NullMarked
package com.invoice24.shared;

import org.jspecify.annotations.NullMarked;
