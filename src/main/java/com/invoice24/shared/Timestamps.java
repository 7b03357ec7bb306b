package com.invoice24.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL driver takes {@code timestamptz} parameters as {@link OffsetDateTime}, not {@link Instant}.
 * The UTC offset only carries the moment to the database; a date a person sees is the moment's day in the
 * workspace's time zone ({@code WorkspaceSettings.timeZone()}), never its UTC day.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static @Nullable OffsetDateTime of(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
