package org.placette.actors.internal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;

@Path("/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Admin: audit log", description = "Admin and security-relevant actions: who, what, when, before and after")
@SecurityRequirement(name = "keycloak")
public class AuditResource {

  /** A page of entries, newest first; {@code next} is the {@code before} value of the next page. */
  public record AuditPage(List<AuditEntryView> items, String next) {}

  @Inject private AuditLog log;

  @GET
  @Operation(summary = "Audit entries, newest first, filtered by action, actor, target, organisation, time or text; "
      + "pass next as before to page on")
  public AuditPage find(@QueryParam("action") String action, @QueryParam("actor") String actor,
      @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
      @QueryParam("organisationId") UUID organisationId, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("q") String text, @QueryParam("before") String before,
      @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "limit is at least 1.")
          @Max(value = 500, message = "limit is at most 500.") int limit) {
    InputCheck checks = InputCheck.start();
    Instant fromTime = instant(from, "from", checks);
    Instant toTime = instant(to, "to", checks);
    Instant beforeTime = instant(before, "before", checks);
    checks.orThrow();
    List<AuditEntryView> items = log.find(new AuditQuery(action, actor, targetType, targetId, organisationId, fromTime,
        toTime, text, beforeTime, limit));
    String next = items.size() == limit ? items.get(items.size() - 1).occurredAt().toString() : null;
    return new AuditPage(items, next);
  }

  private static Instant instant(String text, String field, InputCheck checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException wrong) {
      checks.add(field, "An ISO-8601 instant such as 2026-01-31T12:00:00Z.");
      return null;
    }
  }
}
