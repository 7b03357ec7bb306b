package com.invoice24.workspace;

/**
 * What a role may do. Features guard their endpoints with these authorities, e.g.
 * {@code @PreAuthorize("hasAuthority('MANAGE_MONEY')")}; reading needs only a member.
 */
public enum Permission {
    /** Invite people and change who can do what. */
    MANAGE_MEMBERS,
    /** Change the workspace's settings: terms, numbering, reminders, late fees. */
    MANAGE_SETTINGS,
    /** Invoices, payments, credits, collections. */
    MANAGE_MONEY,
    /** Log time and expenses. */
    RECORD_WORK,
    /** Change anything at all; read-only members lack it. */
    WRITE
}
