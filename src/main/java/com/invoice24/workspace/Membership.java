package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners and admins change a member's role or remove them. The owner stays as they are, and nobody
 * changes or removes themselves, so a workspace always keeps someone who can manage it. A removed
 * member's row stays for the names in history; their API tokens are revoked, and their session ends
 * on its next request, which reloads the member (as a role change is picked up there too).
 */
@Service
class Membership {

    static final String CHOOSE_A_ROLE = "Choose admin, bookkeeper, staff or read-only";

    private final JdbcClient jdbc;
    private final Members members;
    private final ApiTokens tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Membership(JdbcClient jdbc, Members members, ApiTokens tokens, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.members = members;
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Member changeRole(CurrentUser by, MemberId id, @Nullable Role role) {
        if (role == null || role == Role.OWNER) {
            throw new InvalidRequestException("A member's role must be admin, bookkeeper, staff or read-only; "
                    + "a workspace has one owner.", List.of(new FieldProblem("role", CHOOSE_A_ROLE)));
        }
        Member member = withinReach(by, id, "You cannot change your own role; ask another owner or admin.");
        if (member.role() == role) {
            return member;
        }
        jdbc.sql("UPDATE members SET role = :role, version = version + 1 WHERE id = :id AND removed_at IS NULL")
                .param("role", role.name())
                .param("id", id.value())
                .update();
        events.publishEvent(AuditableChange.of(by.workspaceId(), AuditableChange.Subject.MEMBER, id.value(),
                member.name(), "role changed", member.role().label() + " → " + role.label()));
        return member.withRole(role);
    }

    @Transactional
    void remove(CurrentUser by, MemberId id) {
        Member member = withinReach(by, id, "You cannot remove yourself; ask another owner or admin.");
        jdbc.sql("UPDATE members SET removed_at = :now, version = version + 1 WHERE id = :id AND removed_at IS NULL")
                .param("now", Timestamps.of(clock.instant()))
                .param("id", id.value())
                .update();
        int revoked = tokens.revokeAllOf(id);
        events.publishEvent(AuditableChange.of(by.workspaceId(), AuditableChange.Subject.MEMBER, id.value(),
                member.name(), "member removed", "Was " + member.role().label() + "; "
                        + (revoked == 1 ? "1 API token" : revoked + " API tokens") + " revoked"));
    }

    private Member withinReach(CurrentUser by, MemberId id, String notYourself) {
        Member member = members.find(by.workspaceId(), id)
                .orElseThrow(() -> new NotFoundException("Member " + id.value()));
        if (member.role() == Role.OWNER) {
            throw new BusinessRuleException("The owner's role cannot be changed and the owner cannot be removed: "
                    + "a workspace always keeps the person who signed it up.");
        }
        if (member.id().equals(by.memberId())) {
            throw new BusinessRuleException(notYourself);
        }
        return member;
    }
}
