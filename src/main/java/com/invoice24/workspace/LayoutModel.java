package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Gives every rendered page what the layout shows: who is signed in and the workspace's name. */
@Component
class LayoutModel implements HandlerInterceptor {

    private final Workspaces workspaces;

    LayoutModel(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            page.addObject("me", user);
            workspaces.find(user.workspaceId()).ifPresent(workspace -> page.addObject("workspace", workspace));
        }
    }
}
