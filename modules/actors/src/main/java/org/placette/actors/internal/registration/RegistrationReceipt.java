package org.placette.actors.internal.registration;

import java.util.UUID;
import org.placette.actors.api.VerificationStatus;

/** The answer to a registration: what was created, and that it now waits for a platform admin. */
public record RegistrationReceipt(UUID organisationId, UUID memberId, VerificationStatus status, String next) {}
