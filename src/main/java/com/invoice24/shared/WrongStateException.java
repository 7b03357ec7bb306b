package com.invoice24.shared;

/** The request is fine but the thing is in a state that does not allow it (409), such as editing a sent invoice. */
public class WrongStateException extends RuntimeException {

    public WrongStateException(String detail) {
        super(detail);
    }
}
