package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a workspace with its owner, and lets invited people join one. */
@Service
class WorkspaceSignUp {

    static final String EMAIL_TAKEN = "An account with this email address already exists. Sign in instead.";

    private final Workspaces workspaces;
    private final Members members;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkspaceSignUp(Workspaces workspaces, Members members, ApiTokens tokens, PasswordEncoder passwords,
                    PasswordPolicy passwordPolicy, ApplicationEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    record SignedUp(Workspace workspace, CurrentUser owner, String apiToken) {
    }

    @Transactional
    SignedUp signUp(SignUpRequest request) {
        Workspace workspace = Workspace.open(request.workspaceName(), clock);
        workspaces.add(workspace);
        Member owner = join(workspace.id(), request.email(), request.name(), request.password(), Role.OWNER);
        ApiTokens.Issued token = tokens.issue(owner.id(), workspace.id(), owner.name(), "Created at sign-up");
        events.publishEvent(new WorkspaceOpened(workspace.id()));
        return new SignedUp(workspace, new CurrentUser(owner), token.secret());
    }

    /**
     * Adds a member; the unique index settles two sign-ups with one email at the same instant. Every
     * password anyone chooses comes through here, so the {@link PasswordPolicy} is checked here.
     */
    Member join(WorkspaceId workspace, String email, String name, String password, Role role) {
        String workspaceName = workspaces.find(workspace).map(Workspace::name).orElse("");
        passwordPolicy.check(password, PasswordPolicy.ownWords(email, name, workspaceName));
        if (members.emailTaken(email)) {
            throw emailTaken();
        }
        Member member = Member.join(workspace, email, name, passwords.encode(password), role, clock);
        try {
            members.add(member);
        } catch (DuplicateKeyException e) {
            throw emailTaken();
        }
        return member;
    }

    private static BusinessRuleException emailTaken() {
        return new BusinessRuleException(EMAIL_TAKEN, List.of(new FieldProblem("email", EMAIL_TAKEN)));
    }
}
