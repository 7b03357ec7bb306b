package com.invoice24.workspace;

import java.util.EnumSet;
import java.util.Set;

/** The roles of F-1.2, each with the permissions it grants. */
public enum Role {
    OWNER("Owner", "Everything, including members and settings"),
    ADMIN("Admin", "Everything, including members and settings"),
    BOOKKEEPER("Bookkeeper", "Invoices, payments and collections; no settings"),
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
            case BOOKKEEPER -> EnumSet.of(Permission.MANAGE_MONEY, Permission.RECORD_WORK, Permission.WRITE);
            case STAFF -> EnumSet.of(Permission.RECORD_WORK, Permission.WRITE);
            case READ_ONLY -> EnumSet.noneOf(Permission.class);
        };
    }

    /** The roles an invitation can give: a workspace has exactly one owner, the one who signed up. */
    public static Set<Role> invitable() {
        return EnumSet.complementOf(EnumSet.of(OWNER));
    }
}
