package com.invoice24.portal;

import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.WorkspaceSettingsService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A portal link that opens nothing gets a calm page, not an error: what happened, and whom to ask for a new link.
 * An expired or revoked link names the provider that issued it; an unknown one cannot, and says to ask the sender
 * through a number or address the clerk already has. Nothing on these pages tells a guessed link from a real one.
 */
@ControllerAdvice(annotations = ClientFacing.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private final WorkspaceSettingsService workspaces;

    PortalErrors(WorkspaceSettingsService workspaces) {
        this.workspaces = workspaces;
    }

    @ExceptionHandler(PortalLinkUnusable.class)
    ModelAndView unusable(PortalLinkUnusable unusable) {
        HttpStatus status = unusable.reason() == PortalLinkUnusable.Reason.UNKNOWN ? HttpStatus.NOT_FOUND
                : HttpStatus.GONE;
        ModelAndView page = new ModelAndView("portal/unavailable", status);
        page.addObject("reason", unusable.reason().name());
        if (unusable.workspace() != null) {
            page.addObject("provider", workspaces.settingsOf(unusable.workspace()));
        }
        return page;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("portal/unavailable", HttpStatus.NOT_FOUND);
        page.addObject("reason", PortalLinkUnusable.Reason.UNKNOWN.name());
        return page;
    }
}
