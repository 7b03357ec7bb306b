package com.invoice24.delivery;

import com.invoice24.shared.Downloads;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a file download, for the API and the pages alike. */
final class AttachmentDownload {

    private AttachmentDownload() {
    }

    /**
     * Always as a download, never shown inline: the file came from elsewhere, and an HTML
     * attachment opened on our domain could run script as the signed-in member.
     */
    static ResponseEntity<byte[]> of(EmailAttachment attachment) {
        return Downloads.attachment(attachment.filename(), mediaType(attachment.contentType()))
                .body(attachment.content());
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
