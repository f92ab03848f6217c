package org.placette.actors.internal.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;

@Path("/admin/public-body-domains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Admin: public body domains", description = "Mail domains of public bodies, compared with authority members' emails")
@SecurityRequirement(name = "keycloak")
public class PublicBodyDomainResource {

  /** A domain to add, with an optional note on whose it is. */
  public record NewDomain(String domain, String note) {}

  @Inject private PublicBodyDomains domains;

  @GET
  @Operation(summary = "The allow-list")
  public List<PublicBodyDomainView> list() {
    return domains.list().stream().map(PublicBodyDomain::view).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a domain (its subdomains are covered too)")
  public Response add(NewDomain request) {
    PublicBodyDomain added = domains.add(request == null ? null : request.domain(), request == null ? null : request.note());
    return Response.status(Response.Status.CREATED)
        .entity(added.view()).build();
  }

  @DELETE
  @Path("/{domain}")
  @Operation(summary = "Remove a domain")
  public Response remove(@PathParam("domain") String domain) {
    domains.remove(domain);
    return Response.noContent().build();
  }
}
