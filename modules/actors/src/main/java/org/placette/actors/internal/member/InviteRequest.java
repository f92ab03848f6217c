package org.placette.actors.internal.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An org-admin invites a colleague; {@code role} is ORG_ADMIN or MEMBER (default). */
public record InviteRequest(
    @NotBlank(message = "The email is required.") @Email(message = "The email is not a valid address.")
        @Size(max = 254, message = "The email has at most 254 characters.") String email,
    @NotBlank(message = "The first name is required.")
        @Size(max = 100, message = "The first name has at most 100 characters.") String firstName,
    @NotBlank(message = "The last name is required.")
        @Size(max = 100, message = "The last name has at most 100 characters.") String lastName,
    @Pattern(regexp = "[a-z]{2}", message = "The language is an ISO 639-1 code such as fr.") String language,
    @Pattern(regexp = "ORG_ADMIN|MEMBER", message = "The role is ORG_ADMIN or MEMBER.") String role) {}
