package com.invoice24.workspace;

import com.invoice24.shared.ChangedFields;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a person changed that the workspace's audit log keeps: published inside the changing
 * transaction, so the entry is written or rolled back with the change. Who did it is the member behind
 * the request unless {@link #by} names someone (a person joining has no session yet); with neither,
 * a job did it.
 */
public record AuditableChange(WorkspaceId workspace, Subject subject, String subjectId, String subjectLabel,
                              String action, String summary, @Nullable Actor actor) {

    /** What kind of thing changed, as the audit log's filter offers it. */
    public enum Subject {
        SETTINGS("Settings"),
        MEMBER("Member"),
        API_TOKEN("API token"),
        CLIENT("Client"),
        ITEM("Service item"),
        TEMPLATE("Invoice template"),
        REMINDERS("Reminders"),
        LATE_FEES("Late fees"),
        INVOICE("Invoice"),
        PAYMENT("Payment"),
        CREDIT_NOTE("Credit note");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Actor(MemberId id, String name) {
    }

    public AuditableChange {
        Objects.requireNonNull(subjectLabel);
        summary = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
    }

    public static AuditableChange of(WorkspaceId workspace, Subject subject, Object subjectId, String subjectLabel,
                                     String action, String summary) {
        return new AuditableChange(workspace, subject, String.valueOf(subjectId), subjectLabel, action, summary, null);
    }

    /**
     * The fields that differ between two states of one record; an {@code archivedAt} that comes or goes
     * reads as "archived" or "restored". When nothing differs the summary is empty and the log skips it.
     */
    public static AuditableChange changed(WorkspaceId workspace, Subject subject, Object subjectId,
                                          String subjectLabel, Record before, Record after) {
        String action = ChangedFields.cameOrWent(before, after, "archivedAt")
                .map(archived -> archived ? "archived" : "restored").orElse("changed");
        return of(workspace, subject, subjectId, subjectLabel, action, ChangedFields.between(before, after));
    }

    /** The same change under a more telling action, such as "purchase order changed". */
    public AuditableChange as(String action) {
        return new AuditableChange(workspace, subject, subjectId, subjectLabel, action, summary, actor);
    }

    public AuditableChange by(MemberId member, String name) {
        return new AuditableChange(workspace, subject, subjectId, subjectLabel, action, summary, new Actor(member, name));
    }

    /** A change that changed nothing: saving a form as it was. */
    public boolean empty() {
        return action.endsWith("changed") && summary.isBlank();
    }
}
