/**
 * Workspaces, their members and roles, sign-up, sign-in, API tokens and the security around them.
 */
@NullMarked
package com.invoice24.workspace;

import org.jspecify.annotations.NullMarked;
