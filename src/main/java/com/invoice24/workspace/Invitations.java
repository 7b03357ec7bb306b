package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Owners and admins invite people by a link that is valid for a week and works once. */
@Service
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Members members;
    private final WorkspaceSignUp signUp;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Invitations(JdbcClient jdbc, Members members, WorkspaceSignUp signUp, Clock clock,
                ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.members = members;
        this.signUp = signUp;
        this.clock = clock;
    }

    record Issued(Invitation invitation, String secret) {
    }

    @Transactional
    Issued invite(CurrentUser inviter, InvitationRequest request) {
        if (request.role() == Role.OWNER) {
            throw new BusinessRuleException("A workspace has one owner; invite as admin instead.",
                    List.of(new FieldProblem("role", "Choose admin, bookkeeper, staff or read-only")));
        }
        if (members.emailTaken(request.email())) {
            throw new BusinessRuleException(WorkspaceSignUp.EMAIL_TAKEN,
                    List.of(new FieldProblem("email", "This person already has an Invoice24 account")));
        }
        Instant now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID(), inviter.workspaceId(), request.email().trim(),
                request.role(), now, now.plus(VALID_FOR));
        String secret = Secrets.newSecret("");
        jdbc.sql("""
                INSERT INTO invitations (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (:id, :workspaceId, :email, :role, :hash, :invitedBy, :createdAt, :expiresAt)""")
                .param("id", invitation.id())
                .param("workspaceId", invitation.workspaceId().value())
                .param("email", invitation.email())
                .param("role", invitation.role().name())
                .param("hash", Secrets.hash(secret))
                .param("invitedBy", inviter.memberId().value())
                .param("createdAt", Timestamps.of(invitation.createdAt()))
                .param("expiresAt", Timestamps.of(invitation.expiresAt()))
                .update();
        events.publishEvent(AuditableChange.of(invitation.workspaceId(), AuditableChange.Subject.MEMBER,
                invitation.id(), invitation.email(), "invited", "Role: " + invitation.role().label()));
        return new Issued(invitation, secret);
    }

    List<Invitation> pending(WorkspaceId workspace) {
        return jdbc.sql("""
                SELECT * FROM invitations
                WHERE workspace_id = :workspaceId AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                ORDER BY created_at DESC""")
                .param("workspaceId", workspace.value())
                .param("now", Timestamps.of(clock.instant()))
                .query(Invitations::invitation)
                .list();
    }

    Optional<Invitation> open(String secret) {
        return jdbc.sql("""
                SELECT * FROM invitations
                WHERE token_hash = :hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now""")
                .param("hash", Secrets.hash(secret))
                .param("now", Timestamps.of(clock.instant()))
                .query(Invitations::invitation)
                .optional();
    }

    @Transactional
    CurrentUser accept(String secret, AcceptInvitationRequest request) {
        Invitation invitation = open(secret).orElseThrow(() -> new NotFoundException("This invitation"));
        int claimed = jdbc.sql("UPDATE invitations SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL")
                .param("now", Timestamps.of(clock.instant()))
                .param("id", invitation.id())
                .update();
        if (claimed == 0) {
            throw new NotFoundException("This invitation");
        }
        Member member = signUp.join(invitation.workspaceId(), invitation.email(), request.name(), request.password(),
                invitation.role());
        events.publishEvent(AuditableChange.of(member.workspaceId(), AuditableChange.Subject.MEMBER, member.id().value(),
                member.name(), "joined", "Role: " + member.role().label()).by(member.id(), member.name()));
        return new CurrentUser(member);
    }

    @Transactional
    void revoke(CurrentUser user, UUID invitationId) {
        Optional<String> revoked = jdbc.sql("""
                UPDATE invitations SET revoked_at = :now
                WHERE id = :id AND workspace_id = :workspaceId AND accepted_at IS NULL AND revoked_at IS NULL
                RETURNING email""")
                .param("now", Timestamps.of(clock.instant()))
                .param("id", invitationId)
                .param("workspaceId", user.workspaceId().value())
                .query(String.class).optional();
        if (revoked.isEmpty()) {
            throw new NotFoundException("Invitation " + invitationId);
        }
        events.publishEvent(AuditableChange.of(user.workspaceId(), AuditableChange.Subject.MEMBER, invitationId,
                revoked.get(), "invitation revoked", ""));
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
