package com.invoice24.workspace;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a new provider gives to open a workspace and become its owner. */
public record SignUpRequest(
        @NotBlank(message = "Enter your business's name") @Size(max = 120) String workspaceName,
        @NotBlank(message = "Enter your name") @Size(max = 120) String name,
        @NotBlank(message = "Enter your email address") @Email(message = "Enter a valid email address")
        @Size(max = 254) String email,
        @NotNull(message = "Choose a password")
        @PasswordLength String password) {
}
