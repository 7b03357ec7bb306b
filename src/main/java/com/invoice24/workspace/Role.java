package com.invoice24.workspace;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a workspace, each with the permissions it grants:
 * <ul>
 * <li><b>Owner</b> and <b>admin</b> may do everything. The owner is the one who signed up and nobody
 * can be invited as a second owner; otherwise an admin has the owner's powers, including inviting
 * other admins and changing members' roles or removing them. Nobody changes their own role or removes
 * themselves, and the owner's role is fixed, so a workspace always keeps its owner.</li>
 * <li><b>Bookkeeper</b>: everything about money — invoices, payments, credit notes, bank imports,
 * collections, statements, emails — and clients too, because taking down a client's billing profile
 * (contacts, delivery method, purchase orders) is the first step of billing them. Reads the settings
 * and the catalog an invoice is built from, but changes neither, and cannot invite anyone.</li>
 * <li><b>Staff</b>: their own time and expenses only. Until time and expenses exist a staff member
 * signs in to a home page that says so, their own profile and API tokens, and nothing else: no
 * clients, invoices, payments, collections, reports, catalog, email log or settings. Logging time
 * will need the names of clients and service items to pick from; that will be a narrow list for
 * {@link Permission#RECORD_WORK}, never the client pages with their balances.</li>
 * <li><b>Read-only</b> sees all a bookkeeper sees, settings and members included, and exports
 * what reports offer, but changes nothing: no sends, resends or statement emails, which act on the
 * world even though they change no figure. Managing one's own API tokens is not a change to the
 * books, so a read-only member may make one to read through the API.</li>
 * </ul>
 */
public enum Role {
    OWNER("Owner", "Everything, including members and settings"),
    ADMIN("Admin", "Everything, including members and settings"),
    BOOKKEEPER("Bookkeeper", "Clients, invoices, payments and collections; no settings"),
    STAFF("Staff", "Own time and expenses"),
    READ_ONLY("Read-only", "Sees everything, changes nothing");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Set<Permission> permissions() {
        return switch (this) {
            case OWNER, ADMIN -> EnumSet.allOf(Permission.class);
            case BOOKKEEPER -> EnumSet.of(Permission.OWN_ACCOUNT, Permission.READ_BOOKS, Permission.MANAGE_CLIENTS,
                    Permission.MANAGE_MONEY, Permission.RECORD_WORK);
            case STAFF -> EnumSet.of(Permission.OWN_ACCOUNT, Permission.RECORD_WORK);
            case READ_ONLY -> EnumSet.of(Permission.OWN_ACCOUNT, Permission.READ_BOOKS);
        };
    }

    /** The roles an invitation can give: a workspace has exactly one owner, the one who signed up. */
    public static Set<Role> invitable() {
        return EnumSet.complementOf(EnumSet.of(OWNER));
    }
}
