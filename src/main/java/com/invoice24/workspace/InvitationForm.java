package com.invoice24.workspace;

import org.jspecify.annotations.Nullable;

/** The invite form on the members page. */
public class InvitationForm {

    private String email = "";
    private @Nullable Role role = Role.BOOKKEEPER;

    InvitationRequest toRequest() {
        return new InvitationRequest(email, role);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }
}
