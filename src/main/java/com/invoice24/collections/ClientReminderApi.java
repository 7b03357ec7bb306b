package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
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

/** A client's reminders: off, the workspace's sequence, or steps of its own. */
@RestController
@Tag(name = "Collections")
class ClientReminderApi {

    private final ReminderSequences sequences;
    private final ClientOnboarding clients;

    ClientReminderApi(ReminderSequences sequences, ClientOnboarding clients) {
        this.sequences = sequences;
        this.clients = clients;
    }

    /** {@code steps} left out (null) means the workspace's steps apply. */
    record ClientReminderRequest(@Nullable Boolean remindersOff, @Nullable List<ReminderSequences.StepRequest> steps) {
    }

    record ClientReminderView(boolean remindersOff, boolean usesWorkspaceSteps, List<ReminderStep> steps) {
    }

    @GetMapping("/api/v1/clients/{id}/reminder-policy")
    ClientReminderView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        return view(user, client, sequences.overrideFor(user.workspaceId(), client));
    }

    @PutMapping("/api/v1/clients/{id}/reminder-policy")
    ClientReminderView change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                              @RequestBody ClientReminderRequest request) {
        ClientId client = clients.client(user.workspaceId(), new ClientId(id)).id();
        return view(user, client, sequences.replaceForClient(user.workspaceId(), client,
                Boolean.TRUE.equals(request.remindersOff()), request.steps()));
    }

    private ClientReminderView view(CurrentUser user, ClientId client, ReminderSequences.ClientOverride override) {
        return new ClientReminderView(override.remindersOff(), override.ownSteps() == null,
                override.ownSteps() != null ? override.ownSteps() : sequences.steps(user.workspaceId()));
    }
}
