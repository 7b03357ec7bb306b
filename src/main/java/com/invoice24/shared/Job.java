package com.invoice24.shared;

import java.time.Duration;

/**
 * Work the scheduler repeats: each run does whatever is due at the clock's now, so running it twice,
 * late, or on two instances never does anything twice. Features declare their jobs as beans.
 *
 * @param name a stable name; the scheduler's table keys on it
 * @param every how long to wait between runs
 * @param work what one run does
 */
public record Job(String name, Duration every, Runnable work) {
}
