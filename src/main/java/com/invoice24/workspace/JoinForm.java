package com.invoice24.workspace;

/** The form an invited person fills in to join. */
public class JoinForm {

    private String name = "";
    private String password = "";

    AcceptInvitationRequest toRequest() {
        return new AcceptInvitationRequest(name, password);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
