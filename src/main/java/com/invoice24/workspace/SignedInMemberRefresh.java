package com.invoice24.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session keeps the member as they were when they signed in; each page request reloads them, so a
 * new role counts from the next click and a removed member's session ends there (they see the sign-in
 * page). One query by primary key per page is the price.
 */
class SignedInMemberRefresh extends OncePerRequestFilter {

    private final Members members;
    private final SecurityContextRepository repository;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SignedInMemberRefresh(Members members, SecurityContextRepository repository) {
        this.members = members;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user) {
            Optional<Member> member = members.current(user.memberId());
            if (member.isEmpty()) {
                signOut(request);
            } else if (member.get().role() != user.role()) {
                replace(new CurrentUser(member.get()), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void signOut(HttpServletRequest request) {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void replace(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }
}
