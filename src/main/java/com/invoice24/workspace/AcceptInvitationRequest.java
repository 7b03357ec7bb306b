package com.invoice24.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AcceptInvitationRequest(
        @NotBlank(message = "Enter your name") @Size(max = 120) String name,
        @NotNull(message = "Choose a password")
        @PasswordLength String password) {
}
