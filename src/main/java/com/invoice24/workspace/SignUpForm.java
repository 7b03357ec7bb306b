package com.invoice24.workspace;

/** The sign-up page's form; validated as the {@link SignUpRequest} it becomes. */
public class SignUpForm {

    private String workspaceName = "";
    private String name = "";
    private String email = "";
    private String password = "";

    SignUpRequest toRequest() {
        return new SignUpRequest(workspaceName, name, email, password);
    }

    public String getWorkspaceName() {
        return workspaceName;
    }

    public void setWorkspaceName(String workspaceName) {
        this.workspaceName = workspaceName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
