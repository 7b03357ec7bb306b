package com.invoice24.shared;

/** The thing asked for does not exist in the caller's workspace (404; other workspaces' things never exist). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
