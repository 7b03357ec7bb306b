package com.invoice24.workspace;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as listed: never the secret itself, only the first characters to recognise it by. */
record ApiToken(UUID id, MemberId memberId, String memberName, String name, String prefix, Instant createdAt,
                @Nullable Instant lastUsedAt) {
}
