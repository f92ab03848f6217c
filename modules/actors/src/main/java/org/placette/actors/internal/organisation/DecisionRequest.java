package org.placette.actors.internal.organisation;

import jakarta.validation.constraints.Size;

/** The admin's reason: required to reject or suspend, and told to the organisation. */
public record DecisionRequest(@Size(max = 1000, message = "The reason has at most 1000 characters.") String reason) {}
