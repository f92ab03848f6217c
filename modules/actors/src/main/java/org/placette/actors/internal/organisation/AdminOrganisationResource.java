package org.placette.actors.internal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.VerificationStatus;
import org.placette.kernel.caller.Roles;

@Path("/admin/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Admin: organisations", description = "Review registrations and decide: verify, reject, suspend, reinstate")
@SecurityRequirement(name = "keycloak")
public class AdminOrganisationResource {

  @Inject private OrganisationReview review;

  @GET
  @Operation(summary = "Organisations with their members and automatic checks, oldest first")
  public List<OrganisationReviewView> list(@QueryParam("status") VerificationStatus status,
      @QueryParam("kind") OrganisationKind kind, @QueryParam("q") String query,
      @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "limit is at least 1.")
          @Max(value = 500, message = "limit is at most 500.") int limit) {
    return review.list(status, kind, query, limit);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One organisation under review")
  public OrganisationReviewView get(@PathParam("id") UUID id) {
    return review.get(id);
  }

  @POST
  @Path("/{id}/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify a pending organisation: its members get their Keycloak accounts (503 if Keycloak is down)")
  public OrganisationReviewView verify(@PathParam("id") UUID id, DecisionRequest request) {
    return review.decide(id, Decision.VERIFY, request);
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a pending organisation, with a reason")
  public OrganisationReviewView reject(@PathParam("id") UUID id, DecisionRequest request) {
    return review.decide(id, Decision.REJECT, request);
  }

  @POST
  @Path("/{id}/suspend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Suspend a verified organisation, with a reason: its members' accounts are disabled")
  public OrganisationReviewView suspend(@PathParam("id") UUID id, DecisionRequest request) {
    return review.decide(id, Decision.SUSPEND, request);
  }

  @POST
  @Path("/{id}/reinstate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lift a suspension: the members' accounts are enabled again")
  public OrganisationReviewView reinstate(@PathParam("id") UUID id, DecisionRequest request) {
    return review.decide(id, Decision.REINSTATE, request);
  }
}
