-- An invoice is announced overdue once: the job that announces it stamps the invoice in the same statement that
-- selects it, so a rerun, a late run or a second instance never announces it twice.
ALTER TABLE invoices
    ADD COLUMN overdue_announced_at TIMESTAMP WITH TIME ZONE;

-- workspace's published read model of where each workspace keeps its days: a due date passes at midnight in
-- the workspace's time zone. Other modules read this view, never the workspaces table.
CREATE VIEW workspace_time_zones AS
SELECT id, time_zone
FROM workspaces;
