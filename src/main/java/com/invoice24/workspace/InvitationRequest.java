package com.invoice24.workspace;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record InvitationRequest(
        @NotBlank(message = "Enter the email address to invite") @Email(message = "Enter a valid email address")
        @Size(max = 254) String email,
        @NotNull(message = "Choose a role") Role role) {
}
