package com.invoice24.workspace;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The member behind a request, from a session or an API token. Every query a feature runs is scoped
 * by {@link #workspaceId()}. Controllers receive it with {@code @AuthenticationPrincipal}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final MemberId memberId;
    private final WorkspaceId workspaceId;
    private final String email;
    private final String name;
    private final Role role;
    private @Nullable String passwordHash;

    CurrentUser(Member member) {
        this.memberId = member.id();
        this.workspaceId = member.workspaceId();
        this.email = member.email();
        this.name = member.name();
        this.role = member.role();
        this.passwordHash = member.passwordHash();
    }

    public MemberId memberId() {
        return memberId;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public boolean can(Permission permission) {
        return role.permissions().contains(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
