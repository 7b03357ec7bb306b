-- A removed member keeps their row, so their name still reads wherever they appear (tokens, history);
-- removed_at set means they can no longer sign in or use a token.
ALTER TABLE members ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
-- One login per email address among the members who can still sign in: a removed person can be invited again.
DROP INDEX members_email_key;
CREATE UNIQUE INDEX members_email_key ON members (lower(email)) WHERE removed_at IS NULL;
