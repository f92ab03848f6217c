package org.placette.actors.internal.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A member's new role inside the organisation. */
public record RoleChange(
    @NotNull(message = "The role is required: ORG_ADMIN or MEMBER.")
        @Pattern(regexp = "ORG_ADMIN|MEMBER", message = "The role is ORG_ADMIN or MEMBER.") String role) {}
