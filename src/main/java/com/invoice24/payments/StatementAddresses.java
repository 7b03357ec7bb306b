package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;

/**
 * Where the client's people read their statement of account online, without an account. The portal issues these
 * addresses; the statement email asks for one in the sending transaction, so the link and the email go together.
 */
public interface StatementAddresses {

    /** A new link to the client's statement, valid for the portal's link lifetime. */
    String statementLink(WorkspaceId workspace, ClientId client);
}
