package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every rendered page what the layout shows: who is signed in and the workspace's name. They are
 * request attributes, set before the handler runs, so that a page rendered by an exception handler (a
 * 404, a refusal) keeps the navigation as well.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final Workspaces workspaces;

    LayoutModel(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            request.setAttribute("me", user);
            workspaces.find(user.workspaceId()).ifPresent(workspace -> request.setAttribute("workspace", workspace));
        }
        return true;
    }
}
