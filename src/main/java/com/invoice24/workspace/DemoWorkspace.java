package com.invoice24.workspace;

import com.invoice24.shared.Address;
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
    static final String PASSWORD = "lantern ferry copper tidepool";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    /** A firm AP can pay on first read: its address, how to pay it, and its W-9 on request. */
    private static final WorkspaceSettingsRequest BUSINESS = new WorkspaceSettingsRequest(null,
            "Harbor Light Consulting LLC", "84-1234567", "billing@harborlight.example", "(503) 555-0142",
            new Address("1120 NW Couch St", "Suite 400", "Portland", "OR", "97209", "US"), null, null, null, null,
            null, new PaymentInstructions("Bank: First Cascade Bank\nRouting: 123000220\nAccount: 4839201744",
                    "Bank: First Cascade Bank\nSWIFT: FCBKUS66\nRouting: 123000220\nAccount: 4839201744",
                    "Payable to Harbor Light Consulting LLC, 1120 NW Couch St, Suite 400, Portland, OR 97209", null),
            "America/Los_Angeles", W9Offer.ON_REQUEST, null);

    private final Members members;
    private final WorkspaceSignUp signUp;
    private final WorkspaceSettingsService settings;
    private final ApplicationEventPublisher events;

    DemoWorkspace(Members members, WorkspaceSignUp signUp, WorkspaceSettingsService settings,
                  ApplicationEventPublisher events) {
        this.members = members;
        this.signUp = signUp;
        this.settings = settings;
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
        settings.change(workspace, null, BUSINESS);
        signUp.join(workspace, "books@harborlight.example", "Priya Raman", PASSWORD, Role.BOOKKEEPER);
        signUp.join(workspace, "sam@harborlight.example", "Sam Ortiz", PASSWORD, Role.STAFF);
        events.publishEvent(new DemoWorkspaceCreated(workspace, demo.owner()));
        log.info("Demo workspace created: sign in as {} / {}", OWNER_EMAIL, PASSWORD);
    }
}
