-- The invoice list walks an index in its own order, newest issue first, so a page costs the same however deep it
-- is (keyset pagination: the next page starts after the last row's key). The order is a strict total order: drafts
-- with no issue date or number come first (the NULLS FIRST of a descending sort), spelled as non-null expressions
-- so that one row comparison, (key) < (last row's key), continues after any row; id breaks the last ties.
-- Each index also carries the columns the list's count and totals read, so those come from the index alone.
CREATE INDEX invoices_list_idx ON invoices (workspace_id, coalesce(issue_date, 'infinity') DESC,
    (number IS NULL) DESC, coalesce(number, '') DESC, created_at DESC, id DESC)
    INCLUDE (issue_date, number, state, total, balance_due);

-- Filtered by client: the same order within one client's invoices.
CREATE INDEX invoices_list_by_client_idx ON invoices (workspace_id, client_id, coalesce(issue_date, 'infinity') DESC,
    (number IS NULL) DESC, coalesce(number, '') DESC, created_at DESC, id DESC)
    INCLUDE (issue_date, number, state, total, balance_due);
-- Its leading columns are the whole of the older client index, which it replaces.
DROP INDEX invoices_workspace_client_idx;

-- Filtered by a stored state (drafts, voided, written off).
CREATE INDEX invoices_list_by_state_idx ON invoices (workspace_id, state, coalesce(issue_date, 'infinity') DESC,
    (number IS NULL) DESC, coalesce(number, '') DESC, created_at DESC, id DESC)
    INCLUDE (issue_date, number, total, balance_due);

-- Filtered to invoices with money due (past due, sent, viewed, partially paid, disputed): the open ones only, with
-- what tells those statuses apart.
CREATE INDEX invoices_list_open_idx ON invoices (workspace_id, coalesce(issue_date, 'infinity') DESC,
    (number IS NULL) DESC, coalesce(number, '') DESC, created_at DESC, id DESC)
    INCLUDE (issue_date, number, state, total, balance_due, due_date, disputed, amount_paid, viewed_at)
    WHERE state = 'SENT' AND balance_due > 0;

-- A per-workspace change marker for the list's cached count and totals: every statement that writes invoices
-- moves it in the writing transaction, so totals read together with the marker are valid exactly as long as the
-- marker has not moved. Its values come from a sequence, which never hands a value out twice: a marker seen inside
-- a transaction that then rolls back is never reused for different invoices. A trigger, not the application, so
-- that no writer (bulk jobs included) can forget it.
CREATE SEQUENCE invoice_list_changes;
CREATE TABLE invoice_list_versions (
    workspace_id UUID PRIMARY KEY,
    version      BIGINT NOT NULL
);

CREATE FUNCTION bump_invoice_list_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- In workspace order, so two statements spanning several workspaces lock the markers in the same order.
    INSERT INTO invoice_list_versions (workspace_id, version)
    SELECT workspace_id, nextval('invoice_list_changes') FROM (SELECT DISTINCT workspace_id FROM changed) w
    ORDER BY workspace_id
    ON CONFLICT (workspace_id) DO UPDATE SET version = excluded.version;
    RETURN NULL;
END $$;

CREATE TRIGGER invoices_inserted_bump_list_version AFTER INSERT ON invoices
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_invoice_list_version();
CREATE TRIGGER invoices_updated_bump_list_version AFTER UPDATE ON invoices
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_invoice_list_version();
CREATE TRIGGER invoices_deleted_bump_list_version AFTER DELETE ON invoices
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_invoice_list_version();
