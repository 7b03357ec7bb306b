package com.invoice24.workspace;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the member signing in by email address. */
@Component
class MemberDirectory implements UserDetailsService {

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
}
