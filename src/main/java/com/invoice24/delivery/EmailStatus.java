package com.invoice24.delivery;

public enum EmailStatus {
    QUEUED, SENT, FAILED
}
