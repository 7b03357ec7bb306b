package com.invoice24.workspace;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the member signing in by email address, and the owner that background work (late fees)
 * acts as.
 */
@Component
public class MemberDirectory implements UserDetailsService {

    private final Members members;

    MemberDirectory(Members members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return members.withEmail(email)
                .map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No member with this email"));
    }

    /** The workspace's first owner, signed in as it were, for jobs that create invoices in its name. */
    public Optional<CurrentUser> firstOwner(WorkspaceId workspace) {
        return members.of(workspace).stream()
                .filter(member -> member.role() == Role.OWNER)
                .findFirst()
                .map(CurrentUser::new);
    }
}
