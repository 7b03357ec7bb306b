package com.invoice24.workspace;

import com.invoice24.shared.ResultPage;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Members")
class MembersApi {

    private final Members members;
    private final Workspaces workspaces;
    private final Invitations invitations;
    private final Membership membership;

    MembersApi(Members members, Workspaces workspaces, Invitations invitations, Membership membership) {
        this.members = members;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.membership = membership;
    }

    record MemberView(UUID id, String email, String name, Role role) {

        static MemberView of(Member member) {
            return new MemberView(member.id().value(), member.email(), member.name(), member.role());
        }
    }

    record Me(UUID userId, UUID workspaceId, String workspaceName, String email, String name, Role role) {
    }

    record InvitationView(UUID id, String email, Role role, Instant expiresAt) {

        static InvitationView of(Invitation invitation) {
            return new InvitationView(invitation.id(), invitation.email(), invitation.role(), invitation.expiresAt());
        }
    }

    record IssuedInvitation(UUID id, String email, Role role, Instant expiresAt, String acceptUrl) {
    }

    record Joined(UUID workspaceId, UUID userId) {
    }

    record RoleChange(@NotNull(message = Membership.CHOOSE_A_ROLE) Role role) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        String workspaceName = workspaces.find(user.workspaceId()).map(Workspace::name).orElse("");
        return new Me(user.memberId().value(), user.workspaceId().value(), workspaceName, user.email(), user.name(),
                user.role());
    }

    @GetMapping("/api/v1/members")
    ResultPage<MemberView> members(@AuthenticationPrincipal CurrentUser user) {
        return ResultPage.all(members.of(user.workspaceId()).stream().map(MemberView::of).toList());
    }

    /** The new role counts from the member's next request, through a session or a token alike. */
    @PutMapping("/api/v1/members/{id}/role")
    MemberView changeRole(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                          @Valid @RequestBody RoleChange change) {
        return MemberView.of(membership.changeRole(user, new MemberId(id), change.role()));
    }

    /** The member can no longer sign in; their API tokens are revoked and their session ends. */
    @DeleteMapping("/api/v1/members/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        membership.remove(user, new MemberId(id));
    }

    @GetMapping("/api/v1/invitations")
    ResultPage<InvitationView> invitations(@AuthenticationPrincipal CurrentUser user) {
        return ResultPage.all(invitations.pending(user.workspaceId()).stream().map(InvitationView::of).toList());
    }

    @PostMapping("/api/v1/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedInvitation invite(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InvitationRequest request) {
        Invitations.Issued issued = invitations.invite(user, request);
        Invitation invitation = issued.invitation();
        String acceptUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invitations/{secret}").buildAndExpand(issued.secret()).toUriString();
        return new IssuedInvitation(invitation.id(), invitation.email(), invitation.role(), invitation.expiresAt(),
                acceptUrl);
    }

    @DeleteMapping("/api/v1/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        invitations.revoke(user, id);
    }

    /**
     * The invited person joins; the secret from the link is the credential. They then get a token
     * with their email and password from {@code POST /api/v1/tokens}.
     */
    @PostMapping("/api/v1/invitations/{secret}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    Joined accept(@PathVariable String secret, @Valid @RequestBody AcceptInvitationRequest request) {
        CurrentUser member = invitations.accept(secret, request);
        return new Joined(member.workspaceId().value(), member.memberId().value());
    }
}
