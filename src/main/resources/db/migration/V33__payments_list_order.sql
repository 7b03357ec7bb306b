-- The payments list and the home page's latest payments read a workspace's payments newest first: in this index's
-- order, so showing a few reads a few entries rather than sorting every payment the workspace has received.
CREATE INDEX payments_list_idx ON payments (workspace_id, received_on DESC, created_at DESC);
