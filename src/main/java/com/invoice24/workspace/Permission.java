package com.invoice24.workspace;

/**
 * What a role may do, one capability each. {@link AccessPolicy} says which permission every API
 * operation and page needs; {@link Role} says which permissions each role holds; templates ask
 * {@link CurrentUser#can(Permission)} to hide what a member cannot use.
 */
public enum Permission {
    /** Sign in, see the home page, one's own profile, and manage one's own API tokens. */
    OWN_ACCOUNT,
    /**
     * See the books: clients, invoices, payments, credit notes, collections, the email log, reports and
     * exports, the catalog, the workspace's settings and who its members are.
     */
    READ_BOOKS,
    /** Add and change clients and their billing profiles (the onboarding checklist, purchase orders). */
    MANAGE_CLIENTS,
    /**
     * Change money: invoices, payments, credit notes, bank imports, collections (disputes, promises,
     * payment plans, a client's reminders), statements and sending or resending emails.
     */
    MANAGE_MONEY,
    /** Change the workspace's settings: business details, terms, numbering, catalog, reminders, late fees. */
    MANAGE_SETTINGS,
    /** Invite people and withdraw invitations. */
    MANAGE_MEMBERS,
    /** Log one's own time and expenses. */
    RECORD_WORK
}
