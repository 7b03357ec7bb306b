package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every rendered page what the layout shows: who is signed in and the workspace's name, and
 * the workspace's time zone ({@code zone}) in which every page shows a moment as a date and time. They are
 * request attributes, set before the handler runs, so that a page rendered by an exception handler (a
 * 404, a refusal) keeps the navigation as well.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final Workspaces workspaces;
    private final WorkspaceSettingsService settings;

    LayoutModel(Workspaces workspaces, WorkspaceSettingsService settings) {
        this.workspaces = workspaces;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            request.setAttribute("me", user);
            workspaces.find(user.workspaceId()).ifPresent(workspace -> request.setAttribute("workspace", workspace));
            request.setAttribute("zone", settings.settingsOf(user.workspaceId()).timeZone());
        }
        return true;
    }
}
