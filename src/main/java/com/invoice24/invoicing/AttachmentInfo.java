package com.invoice24.invoicing;

import java.time.Instant;
import java.util.UUID;

/** An attachment as listed on the invoice and in its email: not the bytes. */
public record AttachmentInfo(UUID id, String filename, String contentType, int size, Instant createdAt) {

    /** "1.2 MB", "340 KB": how people read file sizes. */
    public String sizeLabel() {
        return size >= 1024 * 1024 ? String.format("%.1f MB", size / (1024.0 * 1024.0))
                : Math.max(1, Math.round(size / 1024.0)) + " KB";
    }
}
