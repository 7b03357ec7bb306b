package com.invoice24.shared;

/** What counts as an email address here: Bean Validation's rule plus a dot in the domain; empty means none. */
public final class Emails {

    public static final String PATTERN = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String MESSAGE = "Enter a valid email address";

    private Emails() {
    }
}
