package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Collections")
class HoldPolicyApi {

    private final ClientHolds holds;

    HoldPolicyApi(ClientHolds holds) {
        this.holds = holds;
    }

    record HoldPolicyRequest(@Nullable Boolean enabled, @Nullable Integer holdAfterDays) {
    }

    @GetMapping("/api/v1/workspace/hold-policy")
    ClientHolds.HoldPolicy read(@AuthenticationPrincipal CurrentUser user) {
        return holds.policy(user.workspaceId());
    }

    @PutMapping("/api/v1/workspace/hold-policy")
    ClientHolds.HoldPolicy change(@AuthenticationPrincipal CurrentUser user, @RequestBody HoldPolicyRequest request) {
        ClientHolds.HoldPolicy current = holds.policy(user.workspaceId());
        int days = request.holdAfterDays() != null ? request.holdAfterDays() : current.holdAfterDays();
        if (days < 1 || days > 365) {
            throw new InvalidRequestException("Put clients on hold after 1 to 365 days past due.",
                    List.of(new FieldProblem("holdAfterDays", "Use 1 to 365 days")));
        }
        ClientHolds.HoldPolicy changed = new ClientHolds.HoldPolicy(
                request.enabled() != null ? request.enabled() : current.enabled(), days);
        holds.savePolicy(user.workspaceId(), changed);
        return changed;
    }

    /** When and why the client went on hold or came off it. */
    @GetMapping("/api/v1/clients/{id}/holds")
    List<ClientHolds.HoldEvent> history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return holds.history(user.workspaceId(), new ClientId(id));
    }
}
