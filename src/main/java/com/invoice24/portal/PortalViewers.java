package com.invoice24.portal;

import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a portal page, as far as the provider should know: a browser and a network, enough to tell
 * "the AP clerk opened it from the office" from nothing, never a full address. A member of the provider's own
 * workspace signed in on the same browser is previewing, which is not the client viewing.
 */
@Component
class PortalViewers {

    private static final String SEEN = PortalViewers.class.getName() + ".seen";

    /** Whether the request comes from someone signed in to the workspace that issued the link. */
    boolean isProvider(WorkspaceId workspace) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof CurrentUser member
                && member.workspaceId().equals(workspace);
    }

    /**
     * Whether this is the first time this viewing session opens the invoice; the session remembers it, so one
     * sitting of a clerk paging back and forth is one entry on the timeline.
     */
    boolean firstInSession(HttpServletRequest request, UUID invoice) {
        HttpSession session = request.getSession();
        @SuppressWarnings("unchecked")
        Set<UUID> seen = (Set<UUID>) session.getAttribute(SEEN);
        Set<UUID> updated = seen == null ? new HashSet<>() : new HashSet<>(seen);
        boolean first = updated.add(invoice);
        if (first) {
            session.setAttribute(SEEN, updated);
        }
        return first;
    }

    /** "Chrome on Windows, network 203.0.113.x". */
    String describe(HttpServletRequest request) {
        String agent = String.valueOf(request.getHeader(HttpHeaders.USER_AGENT)).toLowerCase(Locale.ROOT);
        return browser(agent) + " on " + system(agent) + ", network " + network(request.getRemoteAddr());
    }

    private static String browser(String agent) {
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("firefox/")) {
            return "Firefox";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "a browser";
    }

    private static String system(String agent) {
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("iphone") || agent.contains("ipad")) {
            return "iOS";
        }
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("mac os")) {
            return "macOS";
        }
        if (agent.contains("linux")) {
            return "Linux";
        }
        return "an unknown system";
    }

    /** The address with its last part hidden: an office's network, not a person's machine. */
    static String network(String address) {
        if (address.contains(":")) {
            String[] groups = address.split(":");
            return groups.length >= 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48" : "an IPv6 network";
        }
        int last = address.lastIndexOf('.');
        return last < 0 ? "unknown" : address.substring(0, last) + ".x";
    }
}
