package org.placette.actors.internal.member;

import java.time.Instant;
import java.util.UUID;

/** A member as their organisation's colleagues and platform admins see them. */
public record MemberView(
    UUID id,
    UUID organisationId,
    String email,
    String firstName,
    String lastName,
    String language,
    OrgRole role,
    MemberStatus status,
    Instant joinedAt) {}
