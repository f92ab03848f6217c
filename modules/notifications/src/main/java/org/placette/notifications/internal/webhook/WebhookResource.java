package org.placette.notifications.internal.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.problem.Problem;

@Path("/me/organisation/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed event delivery to an organisation's own system (Standard Webhooks)")
@SecurityRequirement(name = "keycloak")
public class WebhookResource {

  @Inject private WebhookEndpoints endpoints;

  @GET
  @Operation(summary = "The organisation's webhook (without its secret)")
  public WebhookView current() {
    return endpoints.current().orElseThrow(() -> Problem.notFound("Webhook of", "your organisation"));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create or change the webhook; a new or rotated secret is returned once")
  public WebhookView configure(WebhookSettings settings) {
    return endpoints.configure(settings);
  }

  @DELETE
  @Operation(summary = "Stop delivering to the webhook")
  public Response remove() {
    endpoints.remove();
    return Response.noContent().build();
  }

  @POST
  @Path("/test")
  @Operation(summary = "Send a signed placette.test event through the normal delivery path")
  public Response sendTestEvent() {
    return Response.accepted(Map.of("messageId", endpoints.sendTestEvent())).build();
  }
}
