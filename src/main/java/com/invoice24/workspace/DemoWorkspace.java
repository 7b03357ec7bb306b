package com.invoice24.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code invoice24.demo=true} ({@code ./mvnw spring-boot:run -Pdemo}) the app opens a realistic
 * workspace to click through, once: a consulting firm with its owner, a bookkeeper and a consultant.
 */
@Component
@ConditionalOnProperty(name = "invoice24.demo", havingValue = "true")
class DemoWorkspace implements ApplicationRunner {

    static final String OWNER_EMAIL = "owner@harborlight.example";
    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final Members members;
    private final WorkspaceSignUp signUp;
    private final ApplicationEventPublisher events;

    DemoWorkspace(Members members, WorkspaceSignUp signUp, ApplicationEventPublisher events) {
        this.members = members;
        this.signUp = signUp;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (members.emailTaken(OWNER_EMAIL)) {
            log.info("Demo workspace already there: sign in as {} / {}", OWNER_EMAIL, PASSWORD);
            return;
        }
        WorkspaceSignUp.SignedUp demo = signUp.signUp(
                new SignUpRequest("Harbor Light Consulting LLC", "Dana Whitfield", OWNER_EMAIL, PASSWORD));
        WorkspaceId workspace = demo.workspace().id();
        signUp.join(workspace, "books@harborlight.example", "Priya Raman", PASSWORD, Role.BOOKKEEPER);
        signUp.join(workspace, "sam@harborlight.example", "Sam Ortiz", PASSWORD, Role.STAFF);
        events.publishEvent(new DemoWorkspaceCreated(workspace, demo.owner()));
        log.info("Demo workspace created: sign in as {} / {}", OWNER_EMAIL, PASSWORD);
    }
}
