package com.invoice24.workspace;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The workspace owner's password asked again before a change a thief would want most (where clients send
 * their money), whoever makes it: an admin needs the owner at the keyboard.
 *
 * <p>Each try spends from the very budgets sign-in spends ({@link LoginThrottle}: the address's, the
 * owner account's from new devices, or the owner's known device's), and a right password gives it back.
 * A budget of its own would let a signed-in member guess the owner's password here on top of the guesses
 * the sign-in page allows; sharing them means this form is no second door.
 */
@Component
class OwnerPassword {

    static final String FIELD = "ownerPassword";

    private final Members members;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final KnownDevices devices;

    OwnerPassword(Members members, PasswordEncoder passwords, LoginThrottle throttle, KnownDevices devices) {
        this.members = members;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
    }

    /** Refuses (422, naming {@value #FIELD}) unless {@code typed} is the owner's password. */
    void require(WorkspaceId workspace, @Nullable String typed, String forWhat) {
        if (typed == null || typed.isEmpty()) {
            throw refusal("Enter the owner's password to " + forWhat + ".");
        }
        Member owner = members.of(workspace).stream().filter(member -> member.role() == Role.OWNER).findFirst()
                .orElseThrow(() -> new IllegalStateException("Workspace " + workspace + " has no owner"));
        LoginThrottle.Admission admitted;
        try {
            admitted = throttle.admit(new SignInAttempt(owner.email(), ipAddress(), devices.recognised(owner.email())));
        } catch (LoginThrottledException throttled) {
            throw refusal(throttled.getMessage());
        }
        if (!passwords.matches(typed, owner.passwordHash())) {
            throw refusal("That is not the owner's password; nothing was saved.");
        }
        throttle.succeeded(admitted);
    }

    private static BusinessRuleException refusal(String message) {
        return new BusinessRuleException(message, List.of(new FieldProblem(FIELD, message)));
    }

    private static String ipAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}
