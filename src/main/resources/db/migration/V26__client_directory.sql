-- clients' published read model: who a client is, for modules that show or filter by it.
-- Other modules join this view, never the clients table.
CREATE VIEW client_directory AS
SELECT id, workspace_id, name, legal_name, billing_email, vendor_number, on_hold, archived_at
FROM clients;
