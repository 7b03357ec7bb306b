package com.invoice24.workspace;

import com.invoice24.shared.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sign-up and tokens")
class SignUpApi {

    private final WorkspaceSignUp signUp;
    private final boolean enabled;

    SignUpApi(WorkspaceSignUp signUp, @Value("${invoice24.signup.enabled:true}") boolean enabled) {
        this.signUp = signUp;
        this.enabled = enabled;
    }

    record SignedUpResponse(UUID workspaceId, UUID userId, String apiToken) {
    }

    @PostMapping("/api/v1/signup")
    @ResponseStatus(HttpStatus.CREATED)
    SignedUpResponse signUp(@Valid @RequestBody SignUpRequest request) {
        if (!enabled) {
            throw new NotFoundException("Sign-up");
        }
        WorkspaceSignUp.SignedUp signedUp = signUp.signUp(request);
        return new SignedUpResponse(signedUp.workspace().id().value(), signedUp.owner().memberId().value(),
                signedUp.apiToken());
    }
}
