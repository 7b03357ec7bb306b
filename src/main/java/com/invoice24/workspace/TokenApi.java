package com.invoice24.workspace;

import com.invoice24.shared.ResultPage;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Sign-up and tokens")
class TokenApi {

    static final String DEFAULT_NAME = "API token";

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(@Nullable @Size(max = 100) String name) {
    }

    record IssuedToken(UUID id, String name, String token, String prefix, Instant createdAt) {
    }

    /** Takes HTTP Basic (email and password) or an existing token; the secret is shown only here. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody(required = false)
                      @Nullable TokenRequest request) {
        String name = request == null || request.name() == null || request.name().isBlank()
                ? DEFAULT_NAME : request.name();
        ApiTokens.Issued issued = tokens.issue(user.memberId(), user.workspaceId(), user.name(), name);
        return new IssuedToken(issued.token().id(), issued.token().name(), issued.secret(), issued.token().prefix(),
                issued.token().createdAt());
    }

    @GetMapping
    ResultPage<ApiToken> list(@AuthenticationPrincipal CurrentUser user) {
        return ResultPage.all(tokens.visibleTo(user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
    }
}
