package com.invoice24.delivery;

public record EmailAttachment(String filename, String contentType, byte[] content) {
}
