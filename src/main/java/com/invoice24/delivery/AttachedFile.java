package com.invoice24.delivery;

/** What the log shows of an attachment; its content stays in the database until it is sent or downloaded. */
record AttachedFile(String filename, String contentType, long size) {

    static AttachedFile of(EmailAttachment attachment) {
        return new AttachedFile(attachment.filename(), attachment.contentType(), attachment.content().length);
    }
}
